package io.anshim.shared;

/** The request clashes with the current state, e.g. someone else changed the record meanwhile. */
public class ConflictException extends BusinessException {

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
