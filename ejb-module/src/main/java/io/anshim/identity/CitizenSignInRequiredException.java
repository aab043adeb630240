package io.anshim.identity;

import io.anshim.shared.BusinessException;

/** No open citizen session: never signed in, signed out, or ended by a sign-in elsewhere. */
public class CitizenSignInRequiredException extends BusinessException {

  public CitizenSignInRequiredException(String messageKey) {
    super(messageKey);
  }
}
