package io.anshim.certificate;

import jakarta.ejb.Local;

/**
 * A citizen's certificate for a partner app acting on their consent: the same certificate the
 * portal would serve the citizen now (for the latest recorded dose, issued and anchored if there is
 * none yet), and only while the named consent of that citizen is active.
 */
@Local
public interface ConsentedCertificates {

  /**
   * The domestic certificate for the citizen's latest recorded dose; 404 {@code
   * error.partner.noConsent} unless {@code consentId} is the citizen's active consent, 404 {@code
   * error.partner.noCertificate} before any recorded dose.
   */
  CertificateView latestDomestic(long citizenId, String consentId);
}
