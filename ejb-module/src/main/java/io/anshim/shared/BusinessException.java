package io.anshim.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the user caused and can understand. It carries a message key of the web bundle and its
 * arguments, not a sentence, so each screen and API says it in the user's language. The transaction
 * is rolled back: nothing half-done stays behind.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  protected BusinessException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** Key in the message bundle, e.g. {@code error.unknownProvince}. */
  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
