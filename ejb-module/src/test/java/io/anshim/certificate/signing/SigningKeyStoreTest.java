package io.anshim.certificate.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.certificate.trust.SignerCertificate;
import java.nio.file.Path;
import java.security.SignatureException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every DSC we make is issued by our Country Signing CA, so verifiers can chain it to the CSCA. */
class SigningKeyStoreTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path keys;
  @TempDir Path otherKeys;

  @Test
  void eachDocumentSignerIsIssuedAndSignedByOurCountrySigningCa() throws Exception {
    SigningKeyStore store = SigningKeyStore.openOrCreate(keys, CLOCK);
    store.rotate();
    X509Certificate csca = store.countrySigningCertificate();

    List<SignerCertificate> signers = store.signerCertificates();
    assertEquals(2, signers.size(), "the first DSC and the rotated one");
    for (SignerCertificate signer : signers) {
      X509Certificate dsc = signer.certificate();
      assertEquals(csca.getSubjectX500Principal(), dsc.getIssuerX500Principal());
      dsc.verify(csca.getPublicKey());
      assertArrayEquals(
          cscaKeyIdentifier(csca), authorityKeyIdentifier(dsc), "the DSC names the CSCA's key");
    }
  }

  @Test
  void aDocumentSignerDoesNotVerifyWithAnotherCountrySigningCa() {
    X509Certificate dsc =
        SigningKeyStore.openOrCreate(keys, CLOCK).currentSigner().certificate().certificate();
    X509Certificate strangersCsca =
        SigningKeyStore.openOrCreate(otherKeys, CLOCK).countrySigningCertificate();

    assertThrows(SignatureException.class, () -> dsc.verify(strangersCsca.getPublicKey()));
  }

  @Test
  void aDocumentSignerValidatesAsAPkixPathFromTheCountrySigningCa() throws Exception {
    SigningKeyStore store = SigningKeyStore.openOrCreate(keys, CLOCK);
    X509Certificate dsc = store.currentSigner().certificate().certificate();

    PKIXParameters parameters =
        new PKIXParameters(Set.of(new TrustAnchor(store.countrySigningCertificate(), null)));
    parameters.setRevocationEnabled(false);
    parameters.setDate(Date.from(NOW.plus(Duration.ofDays(30))));
    CertPathValidator.getInstance("PKIX")
        .validate(
            CertificateFactory.getInstance("X.509").generateCertPath(List.of(dsc)), parameters);
  }

  private static byte[] authorityKeyIdentifier(X509Certificate certificate) {
    return AuthorityKeyIdentifier.getInstance(
            ASN1OctetString.getInstance(
                    certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                .getOctets())
        .getKeyIdentifierOctets();
  }

  private static byte[] cscaKeyIdentifier(X509Certificate csca) {
    return ASN1OctetString.getInstance(
            ASN1OctetString.getInstance(
                    csca.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                .getOctets())
        .getOctets();
  }
}
