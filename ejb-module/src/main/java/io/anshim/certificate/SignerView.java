package io.anshim.certificate;

import io.anshim.certificate.trust.SignerCertificate;
import java.io.Serializable;
import java.time.Instant;

/** One of our Document Signer Certificates as an operator sees it; the current one signs. */
public record SignerView(
    String keyId, String subject, Instant validFrom, Instant validUntil, boolean current)
    implements Serializable {

  static SignerView of(SignerCertificate signer, boolean current) {
    return new SignerView(
        signer.keyId().base64(),
        signer.certificate().getSubjectX500Principal().getName(),
        signer.validFrom(),
        signer.validUntil(),
        current);
  }
}
