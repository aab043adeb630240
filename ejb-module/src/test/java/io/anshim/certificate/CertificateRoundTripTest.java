package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.certificate.hcert.Base45Text;
import io.anshim.certificate.hcert.DccSchema;
import io.anshim.certificate.hcert.DecodingStep;
import io.anshim.certificate.hcert.Hcert;
import io.anshim.certificate.hcert.HcertPrefix;
import io.anshim.certificate.hcert.Zlib;
import io.anshim.certificate.issuance.CertificateHolder;
import io.anshim.certificate.issuance.IcaoName;
import io.anshim.certificate.issuance.IssuedCertificate;
import io.anshim.certificate.issuance.Uvci;
import io.anshim.certificate.issuance.VaccinationCertificateIssuer;
import io.anshim.certificate.issuance.VaccinationDose;
import io.anshim.certificate.qr.QrCodeImage;
import io.anshim.certificate.qr.QrPictureReader;
import io.anshim.certificate.qr.QrReading;
import io.anshim.certificate.signing.DocumentSigner;
import io.anshim.certificate.signing.SigningKeyStore;
import io.anshim.certificate.trust.PublishedTrustList;
import io.anshim.certificate.trust.SignerCertificate;
import io.anshim.certificate.trust.TrustList;
import io.anshim.certificate.trust.TrustListImport;
import io.anshim.certificate.verification.HcertVerifier;
import io.anshim.certificate.verification.Outcome;
import io.anshim.certificate.verification.Verdict;
import io.anshim.shared.InvalidRequestException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our own certificates go through the same decoding and verification as everyone else's. */
class CertificateRoundTripTest {

  private static final Instant NOW = Instant.parse("2021-09-01T09:00:00Z");
  private static final DccSchema SCHEMA = DccSchema.load();

  @TempDir static Path keys;

  private static SigningKeyStore keyStore;
  private static HcertVerifier verifier;
  private static final VaccinationCertificateIssuer ISSUER =
      new VaccinationCertificateIssuer("Korea Disease Control and Prevention Agency");

  @BeforeAll
  static void makeKeys() {
    keyStore =
        SigningKeyStore.openOrCreate(keys, Clock.fixed(NOW.minusSeconds(3600), ZoneOffset.UTC));
    verifier = new HcertVerifier(TrustList.of(keyStore.signerCertificates()), SCHEMA);
  }

  @Test
  void ourCertificateDecodesAndVerifiesWithThePipelineForeignOnesUse() {
    IssuedCertificate issued = issue(international());

    Verdict verdict = verifier.verify(issued.text(), NOW.plus(Duration.ofDays(30)));

    assertEquals(Outcome.VALID, verdict.outcome(), verdict.detail());
    var certificate = verdict.certificate().orElseThrow();
    assertEquals("홍", certificate.name().familyName().orElseThrow());
    assertEquals("HONG", certificate.name().familyNameLatin());
    assertEquals(Optional.of("GIL<DONG"), certificate.name().givenNameLatin());
    assertEquals("1980-05-04", certificate.dateOfBirth());
    assertEquals(2, certificate.vaccinations().get(0).doseNumber());
    assertEquals(issued.identifier().value(), certificate.vaccinations().get(0).certificateId());
    assertEquals(Optional.of("M12345678"), certificate.passportNumber());
    assertEquals(Optional.of("KR"), certificate.issuingCountry());
    assertTrue(issued.text().startsWith("HC1:"));
  }

  @Test
  void thePayloadPassesTheDccSchemaAndKeepsThePassportOutsideIt() {
    Hcert hcert = Hcert.decode(issue(international()).text());

    assertEquals(java.util.List.of(), SCHEMA.violations(hcert.claims().dccJson()));
    assertFalse(hcert.claims().dccJson().toString().contains("M12345678"));
    assertEquals(Optional.of("M12345678"), hcert.claims().passportNumber());
    assertEquals(
        Optional.empty(), Hcert.decode(issue(domestic()).text()).claims().passportNumber());
  }

  @Test
  void aTamperedByteIsABadSignature() {
    String text = issue(domestic()).text();
    byte[] cose = Zlib.inflate(Base45Text.decode(HcertPrefix.strip(text)));
    int inPayload = cose.length - 80; // inside the claims, before the 64-byte signature
    cose[inPayload] ^= 0x01;
    String tampered = HcertPrefix.add(Base45Text.encode(Zlib.deflate(cose)));

    Verdict verdict = verifier.verify(tampered, NOW);

    assertTrue(
        verdict.outcome() == Outcome.BAD_SIGNATURE || verdict.outcome() == Outcome.MALFORMED,
        verdict.toString());
    assertEquals(Optional.empty(), verdict.certificate());
    cose[cose.length - 1] ^= 0x01;
    cose[inPayload] ^= 0x01;
    assertEquals(
        Outcome.BAD_SIGNATURE,
        verifier.verify(HcertPrefix.add(Base45Text.encode(Zlib.deflate(cose))), NOW).outcome());
  }

  @Test
  void aKeyIdNobodyTrustsIsAnUnknownSigner() {
    HcertVerifier strangers = verifier.withTrustList(TrustList.empty());

    assertEquals(Outcome.UNKNOWN_SIGNER, strangers.verify(issue(domestic()).text(), NOW).outcome());
  }

  @Test
  void expiryAndIssueTimeAreCheckedAgainstTheGivenInstant() {
    IssuedCertificate issued = issue(domestic());

    Verdict late = verifier.verify(issued.text(), issued.expiresAt().plusSeconds(1));
    assertEquals(Outcome.EXPIRED, late.outcome());
    assertTrue(late.certificate().isPresent(), "an expired certificate still shows whose it is");
    assertEquals(
        Outcome.NOT_YET_VALID, verifier.verify(issued.text(), NOW.minusSeconds(60)).outcome());
    assertEquals(Outcome.VALID, verifier.verify(issued.text(), issued.expiresAt()).outcome());
  }

  @Test
  void garbageIsMalformedAndNeverAnException() {
    String valid = issue(domestic()).text();
    assertMalformed("", DecodingStep.PREFIX);
    assertMalformed(null, DecodingStep.PREFIX);
    assertMalformed("hello", DecodingStep.PREFIX);
    assertMalformed("HC2:" + valid.substring(4), DecodingStep.PREFIX);
    assertMalformed(valid.substring(4), DecodingStep.PREFIX);
    assertMalformed("HC1:" + "A".repeat(1_000_000), DecodingStep.PREFIX);
    assertMalformed("HC1:abc", DecodingStep.BASE45);
    assertMalformed("HC1:" + valid.substring(4, 40), DecodingStep.DECOMPRESSION);
    assertMalformed(
        "HC1:" + Base45Text.encode("plain text".getBytes(StandardCharsets.UTF_8)),
        DecodingStep.COSE);
    assertMalformed(
        HcertPrefix.add(
            Base45Text.encode(
                Zlib.deflate(new byte[] {(byte) 0x84, 0x40, (byte) 0xA0, 0x41, 0x00, 0x40}))),
        DecodingStep.CWT);
    java.util.Random random = new java.util.Random(6);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      String text =
          i % 3 == 0
              ? "HC1:" + Base45Text.encode(bytes)
              : i % 3 == 1
                  ? "HC1:" + Base45Text.encode(Zlib.deflate(bytes))
                  : new String(bytes, StandardCharsets.ISO_8859_1);
      assertEquals(Outcome.MALFORMED, verifier.verify(text, NOW).outcome());
    }
  }

  @Test
  void aQrPngReadsBackToTheSameText() {
    String text = issue(international()).text();

    QrReading reading = QrPictureReader.read(QrCodeImage.png(text, 600));

    assertEquals(new QrReading.Found(text), reading);
    assertEquals(Outcome.VALID, verifier.verifyPicture(QrCodeImage.png(text, 600), NOW).outcome());
    assertTrue(QrCodeImage.svg(text).startsWith("<svg"));
  }

  @Test
  void picturesThatAreTooLargeOrNotPicturesAreRefusedClearly() throws Exception {
    assertEquals(
        QrReading.Refusal.TOO_LARGE,
        ((QrReading.Refused) QrPictureReader.read(new byte[QrPictureReader.MAX_BYTES + 1]))
            .reason());
    BufferedImage huge = new BufferedImage(4001, 10, BufferedImage.TYPE_BYTE_BINARY);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(huge, "png", png);
    assertEquals(
        QrReading.Refusal.TOO_LARGE,
        ((QrReading.Refused) QrPictureReader.read(png.toByteArray())).reason());
    assertEquals(
        QrReading.Refusal.NOT_AN_IMAGE,
        ((QrReading.Refused) QrPictureReader.read("not a picture".getBytes(StandardCharsets.UTF_8)))
            .reason());
    Verdict verdict = verifier.verifyPicture(new byte[] {1, 2, 3}, NOW);
    assertEquals(Outcome.MALFORMED, verdict.outcome());
    assertEquals(Optional.of(DecodingStep.PICTURE), verdict.failedStep());
  }

  @Test
  void aSignerIsRenewedWhenItWouldEndBeforeTheCertificateItSigns() throws Exception {
    MovableClock clock = new MovableClock(NOW);
    SigningKeyStore store =
        SigningKeyStore.openOrCreate(Files.createTempDirectory(keys, "renewal"), clock);
    DocumentSigner first = store.currentSigner();
    assertEquals(
        first.certificate(),
        store.signerOutliving(NOW.plus(VaccinationCertificateIssuer.LIFETIME)).certificate(),
        "a new signer outlives a certificate issued now");

    clock.now = first.certificate().validUntil().minus(VaccinationCertificateIssuer.LIFETIME);
    assertEquals(
        first.certificate(),
        store.signerOutliving(clock.now.plus(VaccinationCertificateIssuer.LIFETIME)).certificate(),
        "it still outlives one issued on the last day it can");

    clock.now = clock.now.plus(Duration.ofDays(1));
    DocumentSigner renewed =
        store.signerOutliving(clock.now.plus(VaccinationCertificateIssuer.LIFETIME));
    assertNotEquals(first.certificate(), renewed.certificate());
    assertFalse(
        renewed
            .certificate()
            .validUntil()
            .isBefore(clock.now.plus(VaccinationCertificateIssuer.LIFETIME)));
    assertEquals(renewed.certificate(), store.currentSigner().certificate());
    assertEquals(
        List.of(renewed.certificate(), first.certificate()),
        store.signerCertificates(),
        "the old signer stays in the trust list");
  }

  @Test
  void twoNodesSharingTheKeyFolderNeverWriteOverEachOthersSigners() throws Exception {
    Path shared = Files.createTempDirectory(keys, "shared");
    MovableClock clock = new MovableClock(NOW);
    SigningKeyStore nodeA = SigningKeyStore.openOrCreate(shared, clock);
    SigningKeyStore nodeB = SigningKeyStore.openOrCreate(shared, clock);
    DocumentSigner first = nodeA.currentSigner();
    assertFalse(nodeB.reloadIfChanged(), "nothing changed since B read the file");

    clock.now = NOW.plus(Duration.ofDays(1));
    DocumentSigner byA = nodeA.rotate();
    assertTrue(nodeB.reloadIfChanged());
    assertEquals(byA.certificate(), nodeB.currentSigner().certificate());
    assertFalse(nodeA.reloadIfChanged(), "A wrote the file itself");

    clock.now = NOW.plus(Duration.ofDays(2));
    DocumentSigner byB = nodeB.rotate();
    clock.now = NOW.plus(Duration.ofDays(3));
    DocumentSigner againByA = nodeA.rotate(); // A has not read B's signer yet

    assertEquals(
        List.of(againByA.certificate(), byB.certificate(), byA.certificate(), first.certificate()),
        SigningKeyStore.openOrCreate(shared, clock).signerCertificates(),
        "every signer either node made is in the file, newest first");
  }

  @Test
  void rotationKeepsOldCertificatesVerifiable() throws Exception {
    Path directory = Files.createTempDirectory(keys, "rotation");
    MovableClock clock = new MovableClock(NOW);
    SigningKeyStore store = SigningKeyStore.openOrCreate(directory, clock);
    DocumentSigner first = store.currentSigner();
    IssuedCertificate old = ISSUER.issue(domestic(), dose(), first, NOW);

    clock.now = NOW.plus(Duration.ofDays(90));
    DocumentSigner second = store.rotate();
    SigningKeyStore reopened = SigningKeyStore.openOrCreate(directory, Clock.systemUTC());

    assertEquals(second.certificate(), reopened.currentSigner().certificate());
    assertEquals(2, reopened.signerCertificates().size());
    HcertVerifier both = new HcertVerifier(TrustList.of(reopened.signerCertificates()), SCHEMA);
    assertEquals(Outcome.VALID, both.verify(old.text(), NOW).outcome());
    assertEquals(
        Outcome.VALID,
        both.verify(ISSUER.issue(domestic(), dose(), second, clock.now).text(), clock.now)
            .outcome());
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(directory.resolve("anshim-signing.password"))));
    assertTrue(
        first.certificate().mayIssue(io.anshim.certificate.hcert.CertificateType.VACCINATION));
    assertFalse(first.certificate().mayIssue(io.anshim.certificate.hcert.CertificateType.TEST));
    assertArrayEquals(
        java.util.Arrays.copyOf(
            java.security.MessageDigest.getInstance("SHA-256").digest(first.certificate().der()),
            8),
        first.certificate().keyId().bytes());
  }

  @Test
  void aPublishedTrustListImportsAndBadEntriesAreRejectedWithTheirReason() {
    String published = PublishedTrustList.toJson("KR", keyStore.signerCertificates());
    TrustListImport ours = TrustListImport.read(published);
    assertEquals(keyStore.signerCertificates(), ours.accepted());
    assertEquals(java.util.List.of(), ours.rejected());

    SignerCertificate signer = keyStore.signerCertificates().get(0);
    String der = java.util.Base64.getEncoder().encodeToString(signer.der());
    String file =
        "[{\"kid\":\""
            + signer.keyId().base64()
            + "\",\"country\":\"KR\",\"certificateType\":\"DSC\",\"rawData\":\""
            + der
            + "\"},"
            + "{\"kid\":\"AAAAAAAAAAA=\",\"country\":\"KR\",\"certificateType\":\"DSC\",\"rawData\":\""
            + der
            + "\"},"
            + "{\"kid\":\""
            + signer.keyId().base64()
            + "\",\"certificateType\":\"DSC\",\"rawData\":\"!!not base64\"},"
            + "{\"kid\":\""
            + signer.keyId().base64()
            + "\",\"certificateType\":\"CSCA\",\"rawData\":\""
            + der
            + "\"},"
            + "{\"kid\":\""
            + signer.keyId().base64()
            + "\",\"certificateType\":\"DSC\",\"rawData\":\"AAAA\"},"
            + "42]";
    TrustListImport imported = TrustListImport.read(file);

    assertEquals(java.util.List.of(signer), imported.accepted());
    assertEquals(
        java.util.List.of(1, 2, 3, 4, 5),
        imported.rejected().stream().map(TrustListImport.Rejection::index).toList());
    assertTrue(imported.rejected().get(0).reason().contains("is not the certificate's"));
    assertEquals(1, TrustListImport.read("{not json").rejected().size());
    assertEquals(
        Outcome.VALID,
        new HcertVerifier(imported.addTo(TrustList.empty()), SCHEMA)
            .verify(issue(domestic()).text(), NOW)
            .outcome());
  }

  @Test
  void theUvciCarriesTheLuhnModNCheckCharacter() {
    assertTrue(Uvci.isValid(Uvci.generate().value()));
    Uvci uvci = Uvci.of("ABCDEFGH12345678");
    assertTrue(uvci.value().startsWith("URN:UVCI:01:KR:ABCDEFGH12345678#"));
    String wrong =
        uvci.value().substring(0, uvci.value().length() - 1)
            + (uvci.value().endsWith("A") ? "B" : "A");
    assertFalse(Uvci.isValid(wrong));
    assertFalse(
        Uvci.isValid(
            "URN:UVCI:01:KR:ABCDEFGH12345679" + uvci.value().substring(uvci.value().indexOf('#'))));
    // the same algorithm gives Austria's published check characters
    assertEquals('B', checkOf("URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813"));
    assertEquals('I', checkOf("URN:UVCI:01:AT:B5921A35D6A0D696421B3E2462178297"));
  }

  @Test
  void icaoNamesAreUpperCaseLatinWithAngleBracketsAtMostEightyLong() {
    assertEquals("GIL<DONG", IcaoName.normalise("  Gil dong ").value());
    assertEquals("KIM<LEE", IcaoName.normalise("kim-lee").value());
    for (String bad : new String[] {"홍길동", "O'Brien", "Müller", "J0HN", " "}) {
      assertThrows(InvalidRequestException.class, () -> IcaoName.normalise(bad), bad);
    }
    assertThrows(InvalidRequestException.class, () -> IcaoName.normalise("A".repeat(81)));
    assertEquals(80, IcaoName.normalise("A".repeat(80)).value().length());
  }

  private static char checkOf(String body) {
    // Uvci only makes Korean identifiers; reach the shared check-character rule through a KR one
    try {
      var method = Uvci.class.getDeclaredMethod("checkCharacter", String.class);
      method.setAccessible(true);
      return (char) method.invoke(null, body);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertMalformed(String text, DecodingStep step) {
    Verdict verdict = verifier.verify(text, NOW);
    assertEquals(Outcome.MALFORMED, verdict.outcome(), String.valueOf(verdict));
    assertEquals(Optional.of(step), verdict.failedStep(), verdict.detail());
  }

  private static IssuedCertificate issue(CertificateHolder holder) {
    return ISSUER.issue(holder, dose(), keyStore.currentSigner(), NOW);
  }

  private static VaccinationDose dose() {
    return new VaccinationDose(
        "J07BX03", "EU/1/20/1528", "ORG-100030215", 2, 2, LocalDate.of(2021, 8, 20));
  }

  private static CertificateHolder domestic() {
    return new CertificateHolder(
        "홍",
        "길동",
        IcaoName.normalise("Hong"),
        Optional.of(IcaoName.normalise("Gil Dong")),
        LocalDate.of(1980, 5, 4),
        Optional.empty());
  }

  private static CertificateHolder international() {
    return new CertificateHolder(
        "홍",
        "길동",
        IcaoName.normalise("Hong"),
        Optional.of(IcaoName.normalise("Gil Dong")),
        LocalDate.of(1980, 5, 4),
        Optional.of("M12345678"));
  }

  /** A clock a test moves by hand. */
  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
