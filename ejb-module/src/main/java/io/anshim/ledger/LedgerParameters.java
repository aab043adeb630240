package io.anshim.ledger;

import io.anshim.ledger.merkle.Hash;
import io.anshim.shared.InvalidRequestException;
import java.util.OptionalLong;

/**
 * Reads the numbers and hashes of ledger requests, refusing malformed ones with a clear message.
 */
public final class LedgerParameters {

  private LedgerParameters() {}

  /** A required non-negative number. */
  public static long number(String parameter, String text) {
    return optionalNumber(parameter, text)
        .orElseThrow(
            () -> new InvalidRequestException("error.ledger.parameterRequired", parameter));
  }

  /** A non-negative number, or empty when blank. */
  public static OptionalLong optionalNumber(String parameter, String text) {
    if (text == null || text.isBlank()) {
      return OptionalLong.empty();
    }
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("error.notANumber", parameter, text);
    }
    if (value < 0) {
      throw new InvalidRequestException("error.ledger.negative", parameter, value);
    }
    return OptionalLong.of(value);
  }

  static Hash hash(String parameter, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException("error.ledger.parameterRequired", parameter);
    }
    try {
      return Hash.fromHex(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("error.ledger.notAHash", parameter, text);
    }
  }
}
