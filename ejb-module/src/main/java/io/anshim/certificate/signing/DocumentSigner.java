package io.anshim.certificate.signing;

import io.anshim.certificate.hcert.SignatureAlgorithm;
import io.anshim.certificate.trust.SignerCertificate;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/** A DSC with its private key: what signs our health certificates (ES256). */
public record DocumentSigner(PrivateKey privateKey, SignerCertificate certificate) {

  public DocumentSigner {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(certificate, "certificate");
    if (!"EC".equals(privateKey.getAlgorithm())) {
      throw new IllegalArgumentException("a DSC key for ES256 is an EC key");
    }
  }

  public SignatureAlgorithm algorithm() {
    return SignatureAlgorithm.ES256;
  }

  /** ES256 over the COSE Sig_structure; COSE wants r and s side by side (IEEE P1363), not DER. */
  public byte[] sign(byte[] toBeSigned) {
    try {
      Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
      signature.initSign(privateKey);
      signature.update(toBeSigned);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the DSC", e);
    }
  }

  @Override
  public String toString() {
    return "DocumentSigner[" + certificate.keyId() + "]";
  }
}
