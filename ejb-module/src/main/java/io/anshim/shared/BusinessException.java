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

  /**
   * Without a stack trace: a refusal is expected and told by its key, never debugged from where it
   * was thrown, and in a booking rush thousands of "full" refusals a second each filled one.
   */
  protected BusinessException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments), null, false, false);
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
