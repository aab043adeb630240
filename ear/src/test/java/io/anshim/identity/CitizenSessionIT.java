package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One person, one session: a new sign-in ends the older one, whose next request says why. The
 * citizen sees their sessions, signs out everywhere, and edits their contact details.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenSessionIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aNewSignInEndsTheOlderSessionWhichSaysItSignedInElsewhere() {
    Person person = Person.any("한세션");
    CitizenClient laptop = new CitizenClient(base, "Laptop Chrome");
    long id = laptop.signInWithCarrier(person).getJsonNumber("citizenId").longValue();
    assertEquals(200, laptop.get("api/citizens/" + id).status());

    CitizenClient phone = new CitizenClient(base, "Phone Safari").inLanguage("ko");
    phone.signInWithCarrier(person);

    Api.Reply older = laptop.get("api/citizens/" + id);
    assertEquals(401, older.status(), older::toString);
    assertEquals("error.identity.signedInElsewhere", older.object().getString("error"));
    assertTrue(older.object().getString("message").contains("another device"), older::toString);

    // a button in the older tab (Faces Ajax) is sent to the sign-in page too
    Api.Reply olderAjax = laptop.ajax("citizen/home.xhtml");
    assertEquals(200, olderAjax.status(), olderAjax::toString);
    assertTrue(
        olderAjax.body().contains("<redirect url=\"/identity/sign-in.xhtml?ended=elsewhere\""),
        olderAjax::toString);
    Api.Reply olderPage = laptop.get("citizen/home.xhtml");
    assertEquals(302, olderPage.status(), "the older tab's page goes to the sign-in page");

    Api.Reply sessions = phone.get("api/citizens/" + id + "/sessions");
    assertEquals(200, sessions.status(), sessions::toString);
    List<JsonObject> list = sessions.json().asJsonArray().getValuesAs(JsonObject.class);
    assertEquals(2, list.size(), sessions::toString);
    JsonObject current = list.get(0);
    assertEquals("Phone Safari", current.getString("device"));
    assertTrue(current.getBoolean("current"));
    assertTrue(!current.containsKey("endedAt") || current.isNull("endedAt"), current::toString);
    assertEquals("Laptop Chrome", list.get(1).getString("device"));
    assertEquals("SIGNED_IN_ELSEWHERE", list.get(1).getString("endReason"));
  }

  @Test
  void signingOutEverywhereEndsEverySession() {
    Person person = Person.any("남모두");
    CitizenClient phone = new CitizenClient(base, "Phone");
    long id = phone.signInWithCarrier(person).getJsonNumber("citizenId").longValue();

    assertEquals(204, phone.post("api/citizens/" + id + "/sign-out-everywhere", "").status());

    Api.Reply after = phone.get("api/citizens/" + id);
    assertEquals(401, after.status(), after::toString);
    assertEquals(401, phone.get("api/identity/session").status());
  }

  @Test
  void theCitizenChangesTheirMobileNumberInTheKoreanFormatOnly() {
    Person person = Person.any("서연락");
    CitizenClient phone = new CitizenClient(base, "Phone").inLanguage("ko");
    long id = phone.signInWithCarrier(person).getJsonNumber("citizenId").longValue();

    Api.Reply invalid =
        phone.put("api/citizens/" + id + "/contact", "{\"mobile\":\"02-123-4567\"}");
    assertEquals(400, invalid.status(), invalid::toString);
    assertEquals("error.identity.mobileFormat", invalid.object().getString("error"));
    assertTrue(invalid.object().getString("message").contains("010-1234-5678"));

    Api.Reply saved = phone.put("api/citizens/" + id + "/contact", "{\"mobile\":\"01098765432\"}");
    assertEquals(200, saved.status(), saved::toString);
    assertEquals("010-9876-5432", saved.object().getString("mobile"));
    assertEquals("010-9876-5432", phone.get("api/citizens/" + id).object().getString("mobile"));
  }

  @Test
  void signingOutEndsThisSessionOnly() {
    Person person = Person.any("구로그");
    CitizenClient phone = new CitizenClient(base, "Phone");
    phone.signInWithCarrier(person);

    assertEquals(204, send(phone));
    assertEquals(401, phone.get("api/identity/session").status());
  }

  private static int send(CitizenClient client) {
    return client.delete("api/identity/session").status();
  }
}
