package io.anshim.identity;

import io.anshim.shared.BusinessException;

/** The provider did not answer in time or failed; the person may pick another one. */
public class ProviderUnavailableException extends BusinessException {

  public ProviderUnavailableException(String providerId) {
    super("error.identity.providerUnavailable", providerId);
  }
}
