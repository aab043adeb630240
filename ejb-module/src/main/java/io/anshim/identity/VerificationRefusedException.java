package io.anshim.identity;

import io.anshim.shared.InvalidRequestException;
import jakarta.ejb.ApplicationException;

/**
 * A wrong, late or spent answer. The transaction still commits: the failed attempt, the expiry or
 * the lockout it caused must be remembered, or attempts would be unlimited.
 */
@ApplicationException(rollback = false)
public class VerificationRefusedException extends InvalidRequestException {

  public VerificationRefusedException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
