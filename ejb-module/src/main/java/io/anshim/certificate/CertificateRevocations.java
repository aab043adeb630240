package io.anshim.certificate;

import jakarta.ejb.Local;

/**
 * Operators look certificates up by their identifier and revoke them (wrong record, fraud). A
 * revocation is anchored in the ledger; the verifier says REVOKED from then on.
 */
@Local
public interface CertificateRevocations {

  CertificateStatus status(String uvci);

  CertificateStatus revoke(String uvci, String reason);
}
