package io.anshim.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.certificate.hcert.DccSchema;
import io.anshim.certificate.hcert.Hcert;
import io.anshim.certificate.qr.QrPictureReader;
import io.anshim.certificate.qr.QrReading;
import io.anshim.certificate.verification.HealthCertificate;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.testing.Api;
import io.anshim.testing.AwayFromSeoulMidnight;
import io.anshim.testing.Browser;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Certificates from the citizen portal: only the person, only for recorded doses, the content the
 * DCC allows and nothing more, anchored in the ledger, revocable, downloadable.
 */
@ExtendWith({ArquillianExtension.class, AwayFromSeoulMidnight.class})
class CertificateIssuanceIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return CertificateTestDeployment.earWithTestHooks();
  }

  @ArquillianResource private URL base;

  @Test
  void aCitizenWithARecordedDoseGetsADomesticCertificateThatVerifiesWithoutTheResidentNumber() {
    Person person = Person.bornOn("홍길동", LocalDate.of(1985, 3, 14));
    CitizenClient citizen = new CitizenClient(base, "Phone");
    long id = signIn(citizen, person);

    Api.Reply before = citizen.get("api/certificates/mine");
    assertEquals(409, before.status(), "no certificate before a dose is recorded: " + before);
    assertEquals("error.certificate.noDose", before.object().getString("error"), before::toString);

    recordDose(id, "PFIZER", 1, 2, 30);
    JsonObject certificate = mine(citizen);
    assertEquals("DOMESTIC", certificate.getString("kind"));
    assertEquals("홍길동", certificate.getString("holderName"));
    assertEquals("HONG GILDONG", certificate.getString("holderNameLatin"));
    assertEquals(1, certificate.getInt("doseNumber"));
    assertEquals(2, certificate.getInt("dosesInSeries"));
    assertTrue(certificate.getBoolean("newlyIssued"));
    String text = certificate.getString("text");
    assertTrue(text.startsWith("HC1:"));

    JsonObject check = verify(text);
    assertEquals("VALID", check.getString("outcome"), check::toString);
    assertTrue(check.getBoolean("valid"));
    assertEquals("홍 길동", check.getString("holderName"));
    assertEquals("HONG GILDONG", check.getString("holderNameLatin"));
    assertEquals("1985-03-14", check.getString("dateOfBirth"));
    JsonObject dose = check.getJsonArray("doses").getJsonObject(0);
    assertEquals(1, dose.getInt("number"));
    assertEquals(2, dose.getInt("of"));
    assertEquals("EU/1/20/1528", dose.getString("product"));
    assertEquals("KR", dose.getString("country"));

    HealthCertificate decoded = HealthCertificate.of(Hcert.decode(text).claims());
    String payload = decoded.payloadJson();
    assertEquals(List.of(), DccSchema.load().violations(Hcert.decode(text).claims().dccJson()));
    String residentDigits = person.residentNumber().replace("-", "");
    for (String secret :
        List.of(
            person.residentNumber(),
            residentDigits,
            residentDigits.substring(6),
            person.mobile(),
            person.mobile().replace("-", ""))) {
      assertFalse(payload.contains(secret), "the payload holds " + secret + ": " + payload);
      assertFalse(certificate.toString().contains(secret), "the answer holds " + secret);
    }
    assertTrue(decoded.passportNumber().isEmpty(), "no passport on a domestic certificate");

    JsonObject again = mine(citizen);
    assertEquals(certificate.getString("uvci"), again.getString("uvci"), "nothing changed");
    assertEquals(text, again.getString("text"));
    assertFalse(again.getBoolean("newlyIssued"));
  }

  @Test
  void theInternationalCertificateCarriesTheLatinNameAndPassportAndBadInputIsRefused() {
    Person person = Person.bornOn("김민준", LocalDate.of(1990, 7, 1));
    CitizenClient citizen = new CitizenClient(base, "Phone");
    recordDose(signIn(citizen, person), "MODERNA", 2, 2, 20);

    for (String[] bad :
        new String[][] {
          {"김", "MINJUN", "M12345678", "error.icaoName"},
          {"KIM1", "MINJUN", "M12345678", "error.icaoName"},
          {"", "MINJUN", "M12345678", "error.icaoNameRequired"},
          {"KIM", "MINJUN", "12345", "error.certificate.passportNumber"},
          {"KIM", "MINJUN", "", "error.certificate.passportNumberRequired"}
        }) {
      Api.Reply refused = international(citizen, bad[0], bad[1], bad[2]);
      assertEquals(400, refused.status(), refused::toString);
      assertEquals(bad[3], refused.object().getString("error"), refused::toString);
    }

    Api.Reply issued = international(citizen, "kim", "min-jun", "m123a4567");
    assertEquals(200, issued.status(), issued::toString);
    JsonObject certificate = issued.object();
    assertEquals("INTERNATIONAL", certificate.getString("kind"));
    assertEquals("KIM MIN JUN", certificate.getString("holderNameLatin"));
    String text = certificate.getString("text");

    JsonObject check = verify(text);
    assertEquals("VALID", check.getString("outcome"), check::toString);
    assertEquals("KIM MIN<JUN", check.getString("holderNameLatin"));
    assertEquals("김 민준", check.getString("holderName"));
    HealthCertificate decoded = HealthCertificate.of(Hcert.decode(text).claims());
    assertEquals("M123A4567", decoded.passportNumber().orElseThrow());
    assertFalse(decoded.payloadJson().contains("M123A4567"), "the passport is a claim, not DCC");

    JsonObject domestic = mine(citizen);
    assertNotEquals(certificate.getString("uvci"), domestic.getString("uvci"));
    assertTrue(
        HealthCertificate.of(Hcert.decode(domestic.getString("text")).claims())
            .passportNumber()
            .isEmpty());
  }

  @Test
  void afterDoseTwoThePortalServesANewCertificateAndTheOldOneStillVerifies() {
    CitizenClient citizen = new CitizenClient(base, "Phone");
    long id = signIn(citizen, Person.any("이서연"));
    recordDose(id, "PFIZER", 1, 2, 50);
    JsonObject first = mine(citizen);
    assertEquals(1, first.getInt("doseNumber"));

    recordDose(id, "PFIZER", 2, 2, 25);
    JsonObject second = mine(citizen);
    assertEquals(2, second.getInt("doseNumber"));
    assertEquals(2, second.getInt("dosesInSeries"));
    assertNotEquals(first.getString("uvci"), second.getString("uvci"));
    assertTrue(
        second.getJsonNumber("ledgerIndex").longValue()
            > first.getJsonNumber("ledgerIndex").longValue());

    JsonObject newCheck = verify(second.getString("text"));
    assertEquals("VALID", newCheck.getString("outcome"), newCheck::toString);
    assertEquals(2, newCheck.getJsonArray("doses").getJsonObject(0).getInt("number"));
    assertTrue(newCheck.getBoolean("fullyVaccinated"), "dose 2 of 2, 25 days ago");
    JsonObject oldCheck = verify(first.getString("text"));
    assertEquals("VALID", oldCheck.getString("outcome"), "older ones stay valid: " + oldCheck);
    assertEquals(1, oldCheck.getJsonArray("doses").getJsonObject(0).getInt("number"));
  }

  @Test
  void nobodyGetsSomeoneElsesCertificate() {
    CitizenClient owner = new CitizenClient(base, "Phone");
    recordDose(signIn(owner, Person.any("박지우")), "PFIZER", 1, 2, 10);
    JsonObject certificate = mine(owner);
    String uvci = encode(certificate.getString("uvci"));

    CitizenClient other = new CitizenClient(base, "Other phone");
    signIn(other, Person.any("최하준"));
    assertEquals(
        409, other.get("api/certificates/mine").status(), "they have no dose of their own");
    for (String path : List.of("", "/qr.png", "/qr.svg", "/certificate.pdf")) {
      Api.Reply reply = other.get("api/certificates/mine/" + uvci + path);
      assertEquals(404, reply.status(), path + ": " + reply);
      assertFalse(reply.body().contains("HC1:"), reply::toString);
    }
    CitizenClient anonymous = new CitizenClient(base, "Stranger");
    assertEquals(401, anonymous.get("api/certificates/mine").status());
    assertEquals(401, anonymous.get("api/certificates/mine/" + uvci + "/qr.png").status());
    assertEquals(200, owner.get("api/certificates/mine/" + uvci + "/qr.png").status());
  }

  @Test
  void theCertificateIsAnchoredAndItsInclusionProofVerifies() throws Exception {
    CitizenClient citizen = new CitizenClient(base, "Phone");
    recordDose(signIn(citizen, Person.any("정도윤")), "ASTRAZENECA", 1, 2, 5);
    JsonObject certificate = mine(citizen);
    long index = certificate.getJsonNumber("ledgerIndex").longValue();
    long size = certificate.getJsonNumber("checkpointSize").longValue();
    assertTrue(size > index);

    Api api = new Api(base);
    JsonObject entry = api.get("api/ledger/entries/" + index).object();
    assertEquals("CERTIFICATE_ISSUED", entry.getString("kind"));
    Hash leafHash = Hash.leafHash(HexFormat.of().parseHex(entry.getString("leafData")));
    JsonObject checkpoint = api.get("api/ledger/checkpoints/" + size).object();
    JsonObject proof =
        api.get("api/ledger/proofs/inclusion?index=" + index + "&size=" + size).object();
    new InclusionProof(index, size, path(proof))
        .verify(leafHash, Hash.fromHex(checkpoint.getString("root")));
  }

  @Test
  void aRevokedCertificateIsRevokedForTheVerifierAndTheRevocationIsInTheLedger() {
    CitizenClient citizen = new CitizenClient(base, "Phone");
    recordDose(signIn(citizen, Person.any("강서준")), "PFIZER", 1, 2, 12);
    JsonObject certificate = mine(citizen);
    String uvci = encode(certificate.getString("uvci"));
    JsonObject reason = Json.createObjectBuilder().add("reason", "wrong record").build();
    assertEquals("VALID", verify(certificate.getString("text")).getString("outcome"));
    assertEquals(
        "VALID",
        verify(certificate.getString("text")).getString("outcome"),
        "now answered from the verifier's memory, which the revocation must reach");

    assertEquals(
        401,
        new Api(base).post("api/operator/certificates/" + uvci + "/revocation", reason).status());
    Api operator = new Api(base).as("operator1", "anshim-demo");
    Api.Reply revoked = operator.post("api/operator/certificates/" + uvci + "/revocation", reason);
    assertEquals(200, revoked.status(), revoked::toString);
    assertTrue(revoked.object().getBoolean("revoked"));
    assertEquals("operator1", revoked.object().getString("revokedBy"));
    long revocationIndex = revoked.object().getJsonNumber("revocationLedgerIndex").longValue();
    assertEquals(
        "CERTIFICATE_REVOKED",
        new Api(base).get("api/ledger/entries/" + revocationIndex).object().getString("kind"));

    JsonObject check = verify(certificate.getString("text"));
    assertEquals("REVOKED", check.getString("outcome"), check::toString);
    assertFalse(check.getBoolean("valid"));

    Api.Reply twice = operator.post("api/operator/certificates/" + uvci + "/revocation", reason);
    assertEquals(409, twice.status(), twice::toString);
    assertTrue(operator.get("api/operator/certificates/" + uvci).object().getBoolean("revoked"));
    assertEquals(
        404, operator.get("api/operator/certificates/URN%3AUVCI%3A01%3AKR%3ANONE").status());

    JsonObject replacement = mine(citizen);
    assertNotEquals(certificate.getString("uvci"), replacement.getString("uvci"));
    assertEquals("VALID", verify(replacement.getString("text")).getString("outcome"));
  }

  @Test
  void aCertificateSignedWithOurKeyOutsideIssuanceIsNotInTheLedger() {
    Api.Reply forged =
        new Api(base).postBytes("certificate-test/sign-outside", "text/plain", new byte[0]);
    assertEquals(200, forged.status(), forged::toString);
    JsonObject check = verify(forged.body());
    assertEquals("NOT_IN_LEDGER", check.getString("outcome"), check::toString);
    assertFalse(check.getBoolean("valid"));
  }

  @Test
  void pngSvgAndPdfDownloadsDecodeToTheSameCertificate() throws IOException {
    CitizenClient citizen = new CitizenClient(base, "Phone");
    recordDose(signIn(citizen, Person.any("윤하은")), "PFIZER", 1, 2, 8);
    JsonObject certificate = mine(citizen);
    String text = certificate.getString("text");
    String path = "api/certificates/mine/" + encode(certificate.getString("uvci"));

    byte[] png = citizen.getBytes(path + "/qr.png");
    assertEquals(text, decodeQr(png));

    String svg = new String(citizen.getBytes(path + "/qr.svg"), StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<svg"), svg);
    assertEquals(text, decodeQr(rasterize(svg)));

    byte[] pdf = citizen.getBytes(path + "/certificate.pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String words = new PDFTextStripper().getText(document);
      assertTrue(words.contains("YUN HAEUN"), words);
      assertTrue(words.contains(certificate.getString("uvci")), words);
      PDResources resources = document.getPage(0).getResources();
      PDImageXObject qr = null;
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image
            && image.getWidth() == image.getHeight()) {
          qr = image;
        }
      }
      assertTrue(qr != null, "the PDF holds the QR image");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(qr.getImage(), "png", out);
      assertEquals(text, decodeQr(out.toByteArray()));
    }
  }

  @Test
  void anIssuedCertificatesQrPictureUploadedToTheVerifierPageIsValid() throws IOException {
    CitizenClient citizen = new CitizenClient(base, "Phone");
    recordDose(signIn(citizen, Person.any("정우성")), "PFIZER", 2, 2, 20);
    JsonObject certificate = mine(citizen);
    byte[] png =
        citizen.getBytes(
            "api/certificates/mine/" + encode(certificate.getString("uvci")) + "/qr.png");
    java.nio.file.Path picture = java.nio.file.Files.createTempFile("certificate-qr", ".png");
    java.nio.file.Files.write(picture, png);
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      driver.get(base.toString().replaceAll("/?$", "/") + "verify.xhtml");
      driver.findElement(By.id("verify-picture:picture")).sendKeys(picture.toString());
      browser.leavePage(() -> driver.findElement(By.id("verify-picture:check")).click());
      assertEquals("유효", driver.findElement(By.id("verdict-word")).getText());
      assertTrue(
          driver.findElement(By.id("holder-name")).getText().contains("정 우성"),
          driver.findElement(By.id("holder-name")).getText());
      browser.screenshot("verify-4-uploaded-qr-valid-ko");
    } finally {
      java.nio.file.Files.deleteIfExists(picture);
    }
  }

  @Test
  void theCertificatePageShowsTheQrLargeWithNameAndDosesInKoreanAndEnglish() {
    Person person = Person.any("한지민");
    recordDose(signIn(new CitizenClient(base, "Setup"), person), "PFIZER", 2, 2, 20);
    try (Browser browser = new Browser(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base.toString().replaceAll("/?$", "/") + "identity/sign-in.xhtml");
      driver.findElement(By.cssSelector("#provider-carrier input[type=radio]")).click();
      driver.findElement(By.id("sign-in:name")).sendKeys(person.name());
      driver.findElement(By.id("sign-in:residentNumber")).sendKeys(person.residentNumber());
      driver.findElement(By.id("sign-in:mobile")).sendKeys(person.mobile());
      driver.findElement(By.id("sign-in:start")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:code")));
      driver.findElement(By.id("sign-in:code")).sendKeys(smsCode(person));
      driver.findElement(By.id("sign-in:answer")).click();
      wait.until(ExpectedConditions.elementToBeClickable(By.id("citizen:my-certificate"))).click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-qr")));
      wait.until(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "var i = document.getElementById('certificate-qr');"
                              + " return i.complete && i.naturalWidth > 0;"));
      assertEquals("한지민 HAN JIMIN", driver.findElement(By.id("certificate-name")).getText());
      assertTrue(
          driver.findElement(By.id("certificate-doses")).getText().contains("2회 중 2회차"),
          driver.findElement(By.id("certificate-doses")).getText());
      assertTrue(
          driver.findElement(By.id("certificate-qr")).getSize().getWidth() >= 300,
          "the QR fills the phone's width");
      String ledgerIndex = driver.findElement(By.id("certificate-ledger-index")).getText();
      assertTrue(ledgerIndex.matches("\\d+"), ledgerIndex);
      assertTrue(
          driver
              .findElement(By.id("certificate-proof"))
              .getAttribute("href")
              .contains("proofs/inclusion?index=" + ledgerIndex));
      browser.screenshot("certificate-1-domestic-ko");

      browser.switchToEnglish();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My vaccination certificate"));
      assertTrue(
          driver.findElement(By.id("certificate-doses")).getText().startsWith("Dose 2 of 2"),
          driver.findElement(By.id("certificate-doses")).getText());
      browser.screenshot("certificate-2-domestic-en");

      driver.findElement(By.id("certificate:fnt")).sendKeys("Han");
      driver.findElement(By.id("certificate:gnt")).sendKeys("Ji Min");
      driver.findElement(By.id("certificate:passport")).sendKeys("M98765432");
      driver.findElement(By.id("certificate:issue-international")).click();
      wait.until(
          ExpectedConditions.textToBe(
              By.id("certificate-kind"), "International vaccination certificate"));
      assertEquals("HAN JI MIN", driver.findElement(By.id("certificate-name-latin")).getText());
      browser.screenshot("certificate-3-international-en");
    }
  }

  @Test
  void aPartnerAppFetchesTheCertificateOnlyWithTheCitizensConsentAndEveryFetchIsLogged() {
    Api operator = new Api(base).as("operator1", "anshim-demo");
    JsonObject app = registerPartner(operator, "Toss-like wallet");
    JsonObject otherApp = registerPartner(operator, "Another app");
    assertEquals(401, new Api(base).post("api/operator/partners", named("x")).status());

    Api.Reply wrongSecret = token(app.getString("clientId"), "wrong-secret");
    assertEquals(401, wrongSecret.status(), wrongSecret::toString);
    assertEquals("invalid_client", wrongSecret.object().getString("error"));
    String accessToken = accessToken(app);
    String otherToken = accessToken(otherApp);

    CitizenClient citizen = new CitizenClient(base, "Phone");
    recordDose(signIn(citizen, Person.any("오지호")), "PFIZER", 2, 2, 30);
    JsonObject certificate = mine(citizen);

    assertEquals(
        401, fetch("Bearer not-a-token", "anything").status(), "a bearer token is required");
    assertEquals(404, fetch("Bearer " + accessToken, "NO-SUCH-GRANT").status());

    JsonObject consented = consent(citizen, app);
    String grant = consented.getString("grant");
    String consentId = consented.getString("consentId");

    Api.Reply fetched = fetch("Bearer " + accessToken, grant);
    assertEquals(200, fetched.status(), fetched::toString);
    assertEquals(certificate.getString("text"), fetched.object().getString("text"));
    assertEquals(certificate.getString("uvci"), fetched.object().getString("uvci"));
    assertEquals(
        404, fetch("Bearer " + otherToken, grant).status(), "the grant is for one app only");

    JsonObject consent =
        citizen.get("api/certificates/mine/partners").json().asJsonArray().getJsonObject(0);
    assertEquals(consentId, consent.getString("consentId"));
    assertEquals("Toss-like wallet", consent.getString("partnerName"));
    assertEquals(1, consent.getJsonArray("fetches").size(), "the fetch is logged: " + consent);

    CitizenClient stranger = new CitizenClient(base, "Other phone");
    signIn(stranger, Person.any("남궁민수"));
    assertEquals(404, stranger.delete("api/certificates/mine/partners/" + consentId).status());
    assertEquals(200, fetch("Bearer " + accessToken, grant).status(), "still consented");

    assertEquals(204, citizen.delete("api/certificates/mine/partners/" + consentId).status());
    assertEquals(404, fetch("Bearer " + accessToken, grant).status(), "withdrawn");
    JsonObject withdrawn =
        citizen.get("api/certificates/mine/partners").json().asJsonArray().getJsonObject(0);
    assertFalse(withdrawn.isNull("withdrawnAt"), withdrawn::toString);
    assertEquals(2, withdrawn.getJsonArray("fetches").size());
  }

  @Test
  void aPartnerAppGetsTheCertificateOfTheLatestDoseBeforeTheCitizenOpensThePortalAgain() {
    Api operator = new Api(base).as("operator1", "anshim-demo");
    JsonObject app = registerPartner(operator, "Wallet for dose 2");
    String accessToken = accessToken(app);

    CitizenClient citizen = new CitizenClient(base, "Phone");
    long id = signIn(citizen, Person.any("한지민"));
    String grant = consent(citizen, app).getString("grant");
    Api.Reply beforeAnyDose = fetch("Bearer " + accessToken, grant);
    assertEquals(404, beforeAnyDose.status(), beforeAnyDose::toString);
    assertEquals("error.partner.noCertificate", beforeAnyDose.object().getString("error"));

    recordDose(id, "PFIZER", 1, 2, 40);
    JsonObject first = mine(citizen);
    Api.Reply fetchedFirst = fetch("Bearer " + accessToken, grant);
    assertEquals(200, fetchedFirst.status(), fetchedFirst::toString);
    assertEquals(
        first.getString("uvci"),
        fetchedFirst.object().getString("uvci"),
        "the same certificate as the portal's, not a new one");

    recordDose(id, "PFIZER", 2, 2, 15);
    Api.Reply fetchedSecond = fetch("Bearer " + accessToken, grant);
    assertEquals(200, fetchedSecond.status(), fetchedSecond::toString);
    String secondUvci = fetchedSecond.object().getString("uvci");
    assertNotEquals(first.getString("uvci"), secondUvci, "a certificate for dose 2");
    JsonObject check = verify(fetchedSecond.object().getString("text"));
    assertEquals("VALID", check.getString("outcome"), check::toString);
    assertEquals(2, check.getJsonArray("doses").getJsonObject(0).getInt("number"));

    JsonObject portal = mine(citizen);
    assertEquals(secondUvci, portal.getString("uvci"), "the portal serves the same one again");
    assertEquals(2, portal.getInt("doseNumber"));
    assertEquals(
        secondUvci,
        fetch("Bearer " + accessToken, grant).object().getString("uvci"),
        "and so does the next fetch");
    JsonObject consent =
        citizen.get("api/certificates/mine/partners").json().asJsonArray().getJsonObject(0);
    assertEquals(3, consent.getJsonArray("fetches").size(), "only the fetches that got one");
  }

  @Test
  void anOperatorRotatesTheDocumentSignerAndCertificatesOfBothSignersVerify() {
    CitizenClient before = new CitizenClient(base, "Phone");
    recordDose(signIn(before, Person.any("윤도현")), "MODERNA", 1, 2, 20);
    JsonObject older = mine(before);
    String olderKid = keyIdOf(older.getString("text"));

    Api operator = new Api(base).as("operator1", "anshim-demo");
    assertEquals(
        401,
        new Api(base)
            .post("api/operator/certificates/signers", Json.createObjectBuilder().build())
            .status());
    assertEquals(401, new Api(base).get("api/operator/certificates/signers").status());
    JsonArray signersBefore =
        operator.get("api/operator/certificates/signers").json().asJsonArray();
    assertEquals(olderKid, signersBefore.getJsonObject(0).getString("keyId"), "the current signer");
    assertTrue(signersBefore.getJsonObject(0).getBoolean("current"));

    Api.Reply rotated =
        operator.post("api/operator/certificates/signers", Json.createObjectBuilder().build());
    assertEquals(201, rotated.status(), rotated::toString);
    String newKid = rotated.object().getString("keyId");
    assertNotEquals(olderKid, newKid);
    JsonArray signers = operator.get("api/operator/certificates/signers").json().asJsonArray();
    assertEquals(signersBefore.size() + 1, signers.size(), signers::toString);
    assertEquals(newKid, signers.getJsonObject(0).getString("keyId"));
    assertTrue(signers.getJsonObject(0).getBoolean("current"));
    assertFalse(signers.getJsonObject(1).getBoolean("current"));
    String published = new Api(base).get("api/certificates/trust-list").body();
    assertTrue(published.contains(newKid) && published.contains(olderKid), published);

    CitizenClient after = new CitizenClient(base, "Phone");
    recordDose(signIn(after, Person.any("윤서아")), "MODERNA", 1, 2, 20);
    JsonObject newer = mine(after);
    assertEquals(newKid, keyIdOf(newer.getString("text")), "signed by the new signer");
    JsonObject newerCheck = verify(newer.getString("text"));
    assertEquals("VALID", newerCheck.getString("outcome"), newerCheck::toString);
    JsonObject olderCheck = verify(older.getString("text"));
    assertEquals("VALID", olderCheck.getString("outcome"), "the old signer's: " + olderCheck);
    assertEquals(
        older.getString("uvci"),
        mine(before).getString("uvci"),
        "a certificate already issued is served again, not re-signed");
  }

  private static String keyIdOf(String text) {
    return Base64.getEncoder().encodeToString(Hcert.decode(text).message().keyId().orElseThrow());
  }

  @Test
  void anOperatorFindsACertificateByItsIdentifierAndRevokesItOnTheScreen() {
    CitizenClient citizen = new CitizenClient(base, "Phone");
    recordDose(signIn(citizen, Person.any("서민재")), "MODERNA", 1, 2, 15);
    JsonObject certificate = mine(citizen);
    String uvci = certificate.getString("uvci");
    try (Browser browser = new Browser(Browser.LAPTOP)) {
      WebDriver driver = browser.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get(base.toString().replaceAll("/?$", "/") + "operator/certificates.xhtml");
      browser.signInAsStaff("operator1", "anshim-demo");

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("certificates:uvci")))
          .sendKeys(uvci);
      driver.findElement(By.id("certificates:find")).click();
      wait.until(ExpectedConditions.textToBe(By.id("status-uvci"), uvci));
      assertEquals("1/2", driver.findElement(By.id("status-dose")).getText());
      assertEquals(
          certificate.getJsonNumber("ledgerIndex").toString(),
          driver.findElement(By.id("status-ledger-index")).getText());
      browser.screenshot("certificate-4-operator-found-ko");

      driver.findElement(By.id("certificates:reason")).sendKeys("잘못된 접종 기록");
      driver.findElement(By.id("certificates:revoke")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-state"), "취소됨"));
      assertTrue(driver.findElement(By.id("status-state")).getText().contains("잘못된 접종 기록"));
      browser.screenshot("certificate-5-operator-revoked-ko");
    }
    assertEquals("REVOKED", verify(certificate.getString("text")).getString("outcome"));
  }

  // --- helpers ---

  private static JsonObject named(String name) {
    return Json.createObjectBuilder().add("name", name).build();
  }

  private static JsonObject registerPartner(Api operator, String name) {
    Api.Reply registered = operator.post("api/operator/partners", named(name));
    assertEquals(200, registered.status(), registered::toString);
    return registered.object();
  }

  private Api.Reply token(String clientId, String secret) {
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return send(
        java.net.http.HttpRequest.newBuilder(uri("api/partner/oauth/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
  }

  private String accessToken(JsonObject app) {
    Api.Reply token = token(app.getString("clientId"), app.getString("clientSecret"));
    assertEquals(200, token.status(), token::toString);
    assertEquals("Bearer", token.object().getString("token_type"));
    return token.object().getString("access_token");
  }

  /** The citizen consents to the app: {consentId, clientId, grant}. */
  private static JsonObject consent(CitizenClient citizen, JsonObject app) {
    Api.Reply consented =
        citizen.post(
            "api/certificates/mine/partners",
            Json.createObjectBuilder()
                .add("clientId", app.getString("clientId"))
                .build()
                .toString());
    assertEquals(200, consented.status(), consented::toString);
    return consented.object();
  }

  private Api.Reply fetch(String authorization, String grant) {
    return send(
        java.net.http.HttpRequest.newBuilder(uri("api/partner/certificate"))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder().add("consentGrant", grant).build().toString())));
  }

  private java.net.URI uri(String path) {
    return java.net.URI.create(base.toString().replaceAll("/?$", "/") + path);
  }

  private static Api.Reply send(java.net.http.HttpRequest.Builder request) {
    try {
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  request.build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The carrier's code, from the newest demo SMS to the person's (masked) mobile number. */
  private String smsCode(Person person) {
    String masked = "010-****-" + person.mobile().substring(9);
    String text =
        new CitizenClient(base, "Outbox")
            .get("api/dev/sms-outbox").json().asJsonArray().stream()
                .map(m -> (JsonObject) m)
                .filter(m -> m.getString("recipient").equals(masked))
                .findFirst()
                .orElseThrow()
                .getString("text");
    Matcher code = Pattern.compile("\\[(\\d{6})\\]").matcher(text);
    assertTrue(code.find(), text);
    return code.group(1);
  }

  private long signIn(CitizenClient citizen, Person person) {
    return citizen.signInWithCarrier(person).getJsonNumber("citizenId").longValue();
  }

  private void recordDose(long citizenId, String vaccine, int dose, int of, int daysAgo) {
    Api.Reply recorded =
        new Api(base)
            .postBytes(
                "certificate-test/dose?citizen="
                    + citizenId
                    + "&vaccine="
                    + vaccine
                    + "&dose="
                    + dose
                    + "&of="
                    + of
                    + "&daysAgo="
                    + daysAgo,
                "text/plain",
                new byte[0]);
    assertEquals(200, recorded.status(), recorded::toString);
  }

  private static JsonObject mine(CitizenClient citizen) {
    Api.Reply reply = citizen.get("api/certificates/mine");
    assertEquals(200, reply.status(), reply::toString);
    return reply.object();
  }

  private static Api.Reply international(
      CitizenClient citizen, String fnt, String gnt, String passport) {
    return citizen.post(
        "api/certificates/mine/international",
        Json.createObjectBuilder()
            .add("fnt", fnt)
            .add("gnt", gnt)
            .add("passportNumber", passport)
            .build()
            .toString());
  }

  private JsonObject verify(String text) {
    Api.Reply reply =
        new Api(base)
            .post("api/certificates/verify", Json.createObjectBuilder().add("text", text).build());
    assertEquals(200, reply.status(), reply::toString);
    return reply.object();
  }

  static String encode(String uvci) {
    return URLEncoder.encode(uvci, StandardCharsets.UTF_8);
  }

  private static List<Hash> path(JsonObject proof) {
    return proof.getJsonArray("path").getValuesAs(JsonValue::toString).stream()
        .map(quoted -> Hash.fromHex(quoted.replace("\"", "")))
        .toList();
  }

  private static String decodeQr(byte[] picture) {
    QrReading reading = QrPictureReader.read(picture);
    assertTrue(reading instanceof QrReading.Found, reading::toString);
    return ((QrReading.Found) reading).text();
  }

  /** Draws our SVG (unit squares "Mx,yh1v1h-1z" in a viewBox of modules) at 8 px a module. */
  private static byte[] rasterize(String svg) throws IOException {
    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
    assertTrue(box.find(), svg);
    int modules = Integer.parseInt(box.group(1));
    int scale = 8;
    BufferedImage image =
        new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(java.awt.Color.WHITE);
    graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
    graphics.setColor(java.awt.Color.BLACK);
    Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
    int count = 0;
    while (square.find()) {
      graphics.fillRect(
          Integer.parseInt(square.group(1)) * scale,
          Integer.parseInt(square.group(2)) * scale,
          scale,
          scale);
      count++;
    }
    graphics.dispose();
    assertTrue(count > 100, "the SVG draws the modules");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
