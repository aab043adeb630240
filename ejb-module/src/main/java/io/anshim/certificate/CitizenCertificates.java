package io.anshim.certificate;

import io.anshim.identity.CitizenCaller;
import jakarta.ejb.Local;

/**
 * A signed-in citizen's own vaccination certificates: only the verified person, never a proxy, and
 * only for doses recorded by a vaccinator. Every certificate issued is anchored in the ledger; the
 * same one is served again while nothing it states has changed (see {@link
 * DefaultCitizenCertificates}).
 */
@Local
public interface CitizenCertificates {

  /** The domestic certificate for the latest recorded dose (name in Korean, romanized too). */
  CertificateView domestic(CitizenCaller caller);

  /**
   * The international certificate: the name in Latin letters as in the passport (ICAO 9303, which
   * the citizen types) and the passport number.
   */
  CertificateView international(
      CitizenCaller caller, String familyNameLatin, String givenNameLatin, String passport);

  /** One of the citizen's own certificates by its identifier, e.g. for a download. */
  CertificateView own(CitizenCaller caller, String uvci);

  /** The printable PDF of one of the citizen's own certificates. */
  byte[] pdf(CitizenCaller caller, String uvci);
}
