package io.anshim.certificate.trust;

import io.anshim.certificate.hcert.CertificateType;
import io.anshim.certificate.hcert.SignatureAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * A Document Signer Certificate: the X.509 certificate whose key signs health certificates.
 * Verification uses BouncyCastle's lightweight API on a key decoded once, which is about ten times
 * faster than the JDK's ECDSA for ES256, and for ES256 a comb over the key's own table ({@link
 * CombEcdsaVerifier}; see docs/benchmarks.md).
 */
public final class SignerCertificate {

  private static final int PSS_SALT_LENGTH = 32;

  private final X509Certificate certificate;
  private final byte[] der;
  private final KeyId keyId;
  private final AsymmetricKeyParameter publicKey;
  private final Set<CertificateType> mayIssue;
  private volatile CombEcdsaVerifier ecdsa;

  private SignerCertificate(X509Certificate certificate) {
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    try {
      this.der = certificate.getEncoded();
      this.publicKey = PublicKeyFactory.createKey(certificate.getPublicKey().getEncoded());
    } catch (CertificateEncodingException | IOException | RuntimeException e) {
      throw new IllegalArgumentException("unusable certificate: " + e.getMessage(), e);
    }
    this.keyId = KeyId.ofCertificate(der);
    this.mayIssue = typesAllowed(certificate);
  }

  public static SignerCertificate of(X509Certificate certificate) {
    return new SignerCertificate(certificate);
  }

  /** Reads a DER certificate; refuses anything that is not exactly one X.509 certificate. */
  public static SignerCertificate fromDer(byte[] der) {
    Objects.requireNonNull(der, "der");
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      X509Certificate certificate =
          (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
      if (!Arrays.equals(certificate.getEncoded(), der)) {
        throw new IllegalArgumentException("trailing data after the certificate");
      }
      return new SignerCertificate(certificate);
    } catch (CertificateException | RuntimeException e) {
      throw new IllegalArgumentException("not an X.509 certificate: " + e.getMessage(), e);
    }
  }

  public KeyId keyId() {
    return keyId;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  public byte[] der() {
    return der.clone();
  }

  /** The subject's country (C=), the issuing country of the certificates it signs. */
  public Optional<String> country() {
    RDN[] countries =
        X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.C);
    return countries.length == 0
        ? Optional.empty()
        : Optional.of(IETFUtils.valueToString(countries[0].getFirst().getValue()));
  }

  public Instant validFrom() {
    return certificate.getNotBefore().toInstant();
  }

  public Instant validUntil() {
    return certificate.getNotAfter().toInstant();
  }

  public boolean isValidAt(Instant instant) {
    Date date = Date.from(instant);
    return !date.before(certificate.getNotBefore()) && !date.after(certificate.getNotAfter());
  }

  /** Whether the signature over the COSE Sig_structure is this key's, for the given algorithm. */
  public boolean verifies(SignatureAlgorithm algorithm, byte[] toBeSigned, byte[] signature) {
    try {
      return switch (algorithm) {
        case ES256 -> verifiesEcdsa(toBeSigned, signature);
        case PS256 -> verifiesPss(toBeSigned, signature);
      };
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether this DSC may sign a certificate of that type. A DSC without any DCC key usage OID may
   * sign every type; one with some may sign only those (DCC spec, "certificate types").
   */
  public boolean mayIssue(CertificateType type) {
    return mayIssue.contains(type);
  }

  /**
   * Worked out once: the JDK's {@code getExtendedKeyUsage} parses the extension on every call under
   * the certificate's lock, which serialized every verification thread on the shared DSC.
   */
  private static Set<CertificateType> typesAllowed(X509Certificate certificate) {
    List<String> usages;
    try {
      usages = certificate.getExtendedKeyUsage();
    } catch (CertificateParsingException e) {
      return Set.of();
    }
    if (usages == null) {
      return Set.copyOf(EnumSet.allOf(CertificateType.class));
    }
    boolean anyDccUsage =
        Arrays.stream(CertificateType.values())
            .flatMap(t -> t.keyUsageOids().stream())
            .anyMatch(usages::contains);
    EnumSet<CertificateType> allowed = EnumSet.noneOf(CertificateType.class);
    for (CertificateType type : CertificateType.values()) {
      if (!anyDccUsage || type.keyUsageOids().stream().anyMatch(usages::contains)) {
        allowed.add(type);
      }
    }
    return Set.copyOf(allowed);
  }

  private boolean verifiesEcdsa(byte[] toBeSigned, byte[] signature) {
    if (!(publicKey instanceof ECPublicKeyParameters) || signature.length != 64) {
      return false;
    }
    return ecdsa()
        .verifies(
            sha256(toBeSigned),
            new BigInteger(1, Arrays.copyOfRange(signature, 0, 32)),
            new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)));
  }

  /** Made at the key's first signature: a trust list holds many keys that may never sign here. */
  private CombEcdsaVerifier ecdsa() {
    CombEcdsaVerifier made = ecdsa;
    if (made == null) {
      made = new CombEcdsaVerifier((ECPublicKeyParameters) publicKey);
      ecdsa = made;
    }
    return made;
  }

  private boolean verifiesPss(byte[] toBeSigned, byte[] signature) {
    if (!(publicKey instanceof RSAKeyParameters)) {
      return false;
    }
    PSSSigner verifier = new PSSSigner(new RSAEngine(), new SHA256Digest(), PSS_SALT_LENGTH);
    verifier.init(false, publicKey);
    verifier.update(toBeSigned, 0, toBeSigned.length);
    return verifier.verifySignature(signature);
  }

  private static byte[] sha256(byte[] bytes) {
    SHA256Digest digest = new SHA256Digest();
    digest.update(bytes, 0, bytes.length);
    byte[] hash = new byte[digest.getDigestSize()];
    digest.doFinal(hash, 0);
    return hash;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignerCertificate that && Arrays.equals(der, that.der);
  }

  @Override
  public int hashCode() {
    return keyId.hashCode();
  }

  @Override
  public String toString() {
    return "SignerCertificate[" + keyId + " " + certificate.getSubjectX500Principal() + "]";
  }
}
