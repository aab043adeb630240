package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
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

/** Operators open vaccinator and investigator accounts, which then sign in with their role. */
@ExtendWith(ArquillianExtension.class)
class IdentityStaffAccountsIT {

  private static final String PASSWORD = "a long enough password";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @Test
  void anOperatorOpensAVaccinatorAccountBoundToACenter() {
    String username = "vaccinator-" + ThreadLocalRandom.current().nextInt(1_000_000);
    Api.Reply created = create("operator1", "anshim-demo", account(username, "VACCINATOR", 1L));

    assertEquals(201, created.status(), created::toString);
    assertEquals(1, created.object().getInt("centerId"));
    assertEquals(
        403,
        new Api(base).as(username, PASSWORD).get("api/operator/centers/1").status(),
        "signed in as a vaccinator, who is no operator");
    assertEquals(
        401, new Api(base).as(username, "wrong password!").get("api/operator/centers/1").status());
    assertEquals(
        409, create("operator1", "anshim-demo", account(username, "INVESTIGATOR", null)).status());
  }

  @Test
  void onlyVaccinatorsAndInvestigatorsAndOnlyByOperators() {
    String username = "someone-" + ThreadLocalRandom.current().nextInt(1_000_000);
    assertEquals(
        400, create("operator1", "anshim-demo", account(username, "OPERATOR", null)).status());
    assertEquals(
        400, create("operator1", "anshim-demo", account(username, "VACCINATOR", null)).status());
    assertEquals(
        404, create("operator1", "anshim-demo", account(username, "VACCINATOR", 999999L)).status());
    assertEquals(
        403, create("business1", "anshim-demo", account(username, "INVESTIGATOR", null)).status());
    assertEquals(
        201, create("operator2", "anshim-demo", account(username, "INVESTIGATOR", null)).status());
  }

  private static JsonObject account(String username, String role, Long centerId) {
    var json =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", PASSWORD)
            .add("role", role)
            .add("displayName", "Test " + role);
    if (centerId != null) {
      json.add("centerId", centerId);
    }
    return json.build();
  }

  private Api.Reply create(String user, String password, JsonObject account) {
    return new StaffClient(base, user, password)
        .post("api/operator/staff-accounts", account.toString());
  }

  /** HTTP Basic POST, which the shared test client does not do. */
  private record StaffClient(URL base, String user, String password) {
    Api.Reply post(String path, String json) {
      try {
        var request =
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + password)
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
                .build();
        var response =
            java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(response.statusCode(), response.body());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
