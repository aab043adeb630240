package io.anshim.identity;

import io.anshim.shared.BusinessException;

/** A citizen asked for someone else's data. */
public class CitizenAccessDeniedException extends BusinessException {

  public CitizenAccessDeniedException() {
    super("error.identity.notYours");
  }
}
