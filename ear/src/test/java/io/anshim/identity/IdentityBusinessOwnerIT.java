package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A business owner registers with email, password and a business number checked by its check digit,
 * and then signs in as staff with the role BUSINESS, never more.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityBusinessOwnerIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void aRegisteredBusinessOwnerSignsInAsBusinessStaff() {
    String email = "owner" + ThreadLocalRandom.current().nextInt(1_000_000) + "@cafe.example";
    Api.Reply registered = register(email, "a long enough password", "220-81-62517", "안심 카페");
    assertEquals(201, registered.status(), registered::toString);
    assertEquals("220-81-62517", registered.object().getString("businessNumber"));

    assertEquals(
        401, new Api(base).as(email, "wrong password!").get("api/operator/centers/1").status());
    assertEquals(
        403,
        new Api(base).as(email, "a long enough password").get("api/operator/centers/1").status(),
        "signed in (bcrypt hash read by the Elytron realm), but a business owner is no operator");

    Api.Reply again =
        register(email.toUpperCase(), "another long password", "124-81-00998", "Other");
    assertEquals(409, again.status(), again::toString);
    assertEquals("error.staff.emailTaken", again.object().getString("error"));
    Api.Reply sameBusiness = register("x" + email, "another long password", "2208162517", "Copy");
    assertEquals(409, sameBusiness.status(), sameBusiness::toString);
    assertEquals("error.staff.businessNumberTaken", sameBusiness.object().getString("error"));
  }

  @Test
  void aBusinessNumberWithAWrongCheckDigitIsRefused() {
    Api.Reply refused =
        register("owner@shop.example", "a long enough password", "220-81-62518", "Shop");

    assertEquals(400, refused.status(), refused::toString);
    assertEquals("error.businessNumberCheck", refused.object().getString("error"));
    assertEquals(
        400, register("not-an-email", "a long enough password", "104-81-53114", "Shop").status());
    assertEquals(400, register("owner2@shop.example", "short", "104-81-53114", "Shop").status());
  }

  private Api.Reply register(String email, String password, String businessNumber, String name) {
    JsonObject form =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", password)
            .add("businessNumber", businessNumber)
            .add("businessName", name)
            .build();
    return new CitizenClient(base, "Registration")
        .post("api/registrations/business", form.toString());
  }
}
