package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A citizen reads and changes only their own data, and never reaches a staff page or API. */
@ExtendWith(ArquillianExtension.class)
class CitizenAuthorizationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aCitizenGets403OnAnotherCitizensData() {
    CitizenClient mallory = new CitizenClient(base, "Mallory");
    mallory.signInWithCarrier(Person.any("말로리"));
    CitizenClient alice = new CitizenClient(base, "Alice");
    long aliceId =
        alice.signInWithCarrier(Person.any("앨리스")).getJsonNumber("citizenId").longValue();

    for (Api.Reply reply :
        List.of(
            mallory.get("api/citizens/" + aliceId),
            mallory.get("api/citizens/" + aliceId + "/sessions"),
            mallory.put("api/citizens/" + aliceId + "/contact", "{\"mobile\":\"010-0000-0000\"}"),
            mallory.post("api/citizens/" + aliceId + "/sign-out-everywhere", ""))) {
      assertEquals(403, reply.status(), reply::toString);
      assertEquals("error.identity.notYours", reply.object().getString("error"));
    }
    assertEquals(200, alice.get("api/citizens/" + aliceId).status(), "Alice is still signed in");
  }

  @Test
  void aCitizenGets403OnEveryStaffPageAndApi() {
    CitizenClient citizen = new CitizenClient(base, "Citizen");
    citizen.signInWithCarrier(Person.any("시민"));

    for (String staffPath :
        List.of(
            "operator/centers.xhtml",
            "operator/center.xhtml?id=1",
            "operator/identity-providers.xhtml",
            "api/operator/centers/1",
            "api/operator/identity/providers")) {
      assertEquals(403, citizen.get(staffPath).status(), staffPath);
    }
  }

  @Test
  void withoutSigningInTheCitizenPagesAndApiAskForSignIn() {
    CitizenClient stranger = new CitizenClient(base, "Stranger");

    assertEquals(401, stranger.get("api/citizens/1").status());
    Api.Reply page = stranger.get("citizen/home.xhtml");
    assertEquals(302, page.status());
  }
}
