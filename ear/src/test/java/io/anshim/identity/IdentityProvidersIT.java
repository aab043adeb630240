package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each embedded provider signs a citizen in its own way; wrong codes are counted and the fifth
 * locks the person out, saying until when.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityProvidersIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void theSignInPageOffersEveryProviderWithItsLight() {
    Api.Reply providers = new Api(base).get("api/identity/providers");

    assertEquals(200, providers.status(), providers::toString);
    assertEquals(
        "[carrier, messenger, portal]",
        providers.json().asJsonArray().stream()
            .map(p -> p.asJsonObject().getString("id"))
            .sorted()
            .toList()
            .toString());
    providers.json().asJsonArray().forEach(p -> assertTrue(p.asJsonObject().containsKey("light")));
  }

  @Test
  void theMobileCarrierSendsASixDigitCodeAndTheFirstSignInRegistersTheCitizen() {
    CitizenClient phone = new CitizenClient(base, "Phone A");
    Person person = Person.any("김안심");

    JsonObject first = phone.signInWithCarrier(person);
    assertTrue(first.getBoolean("firstSignIn"));
    assertEquals("김안심", first.getString("name"));
    long id = first.getJsonNumber("citizenId").longValue();

    JsonObject profile = phone.get("api/citizens/" + id).object();
    assertEquals(person.masked(), profile.getString("maskedResidentNumber"));
    assertEquals(person.mobile(), profile.getString("mobile"));
    assertEquals(
        "19" + person.residentNumber().substring(0, 2),
        profile.getString("birthDate").substring(0, 4));
    assertFalse(
        profile.toString().contains(person.residentNumber().substring(8)), "never the full number");

    JsonObject again = new CitizenClient(base, "Phone A").signInWithCarrier(person);
    assertFalse(again.getBoolean("firstSignIn"));
    assertEquals(
        id,
        again.getJsonNumber("citizenId").longValue(),
        "the same person, found by the keyed hash");
  }

  @Test
  void theMessengerAppSignsInOnceThePersonApprovesTheRequest() {
    CitizenClient browser = new CitizenClient(base, "Laptop");
    Person person = Person.any("이메신저");
    Api.Reply started = browser.start("messenger", person);
    assertEquals(201, started.status(), started::toString);
    assertEquals("APPROVAL", started.object().getString("expects"));
    String id = started.object().getString("id");

    Api.Reply tooEarly = browser.signIn(id);
    assertEquals(400, tooEarly.status(), tooEarly::toString);
    assertEquals("error.identity.notVerifiedYet", tooEarly.object().getString("error"));

    // the person's phone follows the link in the app's notification and approves
    CitizenClient app = new CitizenClient(base, "Messenger app");
    Api.Reply approved = app.answer(id, browser.approvalTokenFor(id));
    assertEquals(200, approved.status(), approved::toString);
    assertEquals("VERIFIED", approved.object().getString("state"));

    Api.Reply signedIn = browser.signIn(id);
    assertEquals(200, signedIn.status(), signedIn::toString);
    assertEquals(200, browser.get("api/identity/session").status());
    assertEquals(
        401, app.get("api/identity/session").status(), "approving does not sign the app in");

    Api.Reply reused = new CitizenClient(base, "Thief").signIn(id);
    assertEquals(400, reused.status(), "a verification signs in once");
  }

  @Test
  void thePortalAppShowsAnEightCharacterOneTimeCode() {
    CitizenClient browser = new CitizenClient(base, "Tablet");
    Person person = Person.any("박포털");
    String id = browser.startOk("portal", person);
    String code = browser.codeFor(id);
    assertEquals(8, code.length());

    Api.Reply answered = browser.answer(id, code.toLowerCase());
    assertEquals(200, answered.status(), "codes are not case-sensitive: " + answered);
    assertEquals(200, browser.signIn(id).status());
  }

  @Test
  void wrongCodesAreCountedAndTheFifthLocksVerificationSayingUntilWhen() {
    CitizenClient phone = new CitizenClient(base, "Phone B").inLanguage("ko");
    Person person = Person.any("최실패");
    String id = phone.startOk("carrier", person);
    String right = phone.codeFor(id);
    String wrong = right.equals("000000") ? "111111" : "000000";

    for (int left = 4; left >= 1; left--) {
      Api.Reply refused = phone.answer(id, wrong);
      assertEquals(400, refused.status(), refused::toString);
      assertEquals("error.identity.wrongAnswer", refused.object().getString("error"));
      assertTrue(refused.object().getString("message").contains(left + "번 더"), refused::toString);
    }
    Api.Reply locked = phone.answer(id, wrong);
    assertEquals(429, locked.status(), locked::toString);
    assertEquals("error.identity.lockedAfterFailures", locked.object().getString("error"));
    assertTrue(
        locked
            .object()
            .getString("message")
            .matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*까지.*"),
        locked::toString);

    Api.Reply rightTooLate = phone.answer(id, right);
    assertEquals(429, rightTooLate.status(), "even the right code is refused while locked");
    Api.Reply again = new CitizenClient(base, "Phone C").start("carrier", person);
    assertEquals(429, again.status(), again::toString);
    assertEquals("error.identity.locked", again.object().getString("error"));

    Api.Reply someoneElse = phone.start("carrier", Person.any("정다른"));
    assertEquals(201, someoneElse.status(), "the lock is the person's, not the address's");
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    CitizenClient phone = new CitizenClient(base, "Phone D");
    Person person = Person.any("오입력");

    Api.Reply badMobile =
        phone.start("carrier", new Person(person.name(), person.residentNumber(), "011-123-4567"));
    assertEquals(400, badMobile.status());
    assertEquals("error.identity.mobileFormat", badMobile.object().getString("error"));
    Api.Reply badNumber =
        phone.start("carrier", new Person(person.name(), "901301-1234567", person.mobile()));
    assertEquals("error.residentNumberBirthDate", badNumber.object().getString("error"));
    Api.Reply noProvider = phone.start("ipin", person);
    assertEquals(404, noProvider.status());
    assertNotEquals(
        201,
        phone.start("carrier", new Person(" ", person.residentNumber(), person.mobile())).status());
  }
}
