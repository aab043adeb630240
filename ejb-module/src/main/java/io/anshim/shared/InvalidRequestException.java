package io.anshim.shared;

/** The request itself is wrong (bad code, bad value); repeating it unchanged will fail again. */
public class InvalidRequestException extends BusinessException {

  public InvalidRequestException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
