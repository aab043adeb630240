package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenID Connect provider against a real OIDC server started in the test JVM: the authorization
 * code flow with PKCE signs the citizen in when the ID token's claims match what they said, and not
 * otherwise. The server learns the issuer from its configuration (system properties set through the
 * management API, as an operator's CLI script would).
 */
@ExtendWith(ArquillianExtension.class)
class IdentityOidcIT {

  private static final String PREFIX = "anshim.identity.oidc.";
  private static MockOAuth2Server oidcServer;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;
  @ArquillianResource private ManagementClient management;

  @BeforeAll
  static void startTheOidcServer() {
    oidcServer = new MockOAuth2Server();
    oidcServer.start();
  }

  @AfterAll
  static void stopTheOidcServer() {
    oidcServer.shutdown();
  }

  @BeforeEach
  void configureTheProvider() {
    setting("issuer", oidcServer.issuerUrl("default").toString());
    setting("client-id", "anshim");
    setting("client-secret", "anshim-secret");
    setting("redirect-uri", base + "api/identity/oidc/callback");
  }

  @AfterEach
  void unconfigureTheProvider() {
    for (String name : List.of("issuer", "client-id", "client-secret", "redirect-uri")) {
      remove(name);
    }
  }

  @Test
  void aConfiguredOidcServerIsOfferedBesideTheEmbeddedProviders() {
    Api.Reply providers = new Api(base).get("api/identity/providers");
    assertTrue(providers.body().contains("\"id\":\"oidc\""), providers::toString);
  }

  @Test
  void theAuthorizationCodeFlowWithPkceSignsInWhenTheClaimsMatch() {
    Person person = Person.any("윤오픈");
    oidcServer.enqueueCallback(tokensFor(person.name(), person));
    CitizenClient browser = new CitizenClient(base, "Browser");

    Api.Reply started = browser.start("oidc", person);
    assertEquals(201, started.status(), started::toString);
    assertEquals("REDIRECT", started.object().getString("expects"));
    String authorize = started.object().getString("redirectTo");
    assertTrue(authorize.contains("code_challenge_method=S256"), authorize);
    assertTrue(authorize.contains("state=" + started.object().getString("id")), authorize);

    String callback = followTheOidcServer(authorize);
    Api.Reply signedIn = browser.get(callback);
    assertEquals(200, signedIn.status(), signedIn::toString);
    long id = signedIn.object().getJsonNumber("citizenId").longValue();
    Api.Reply profile = browser.get("api/citizens/" + id);
    assertEquals(person.masked(), profile.object().getString("maskedResidentNumber"));
    assertEquals(person.mobile(), profile.object().getString("mobile"));
  }

  @Test
  void anIdTokenForSomeoneElseDoesNotSignIn() {
    Person person = Person.any("강진짜");
    oidcServer.enqueueCallback(tokensFor("강가짜", person));
    CitizenClient browser = new CitizenClient(base, "Browser");

    Api.Reply started = browser.start("oidc", person);
    Api.Reply refused = browser.get(followTheOidcServer(started.object().getString("redirectTo")));

    assertEquals(400, refused.status(), refused::toString);
    assertEquals(401, browser.get("api/identity/session").status());
  }

  private static DefaultOAuth2TokenCallback tokensFor(String name, Person person) {
    String rrn = person.residentNumber();
    String birthDate =
        "19" + rrn.substring(0, 2) + "-" + rrn.substring(2, 4) + "-" + rrn.substring(4, 6);
    return new DefaultOAuth2TokenCallback(
        "default",
        "subject-" + rrn.hashCode(),
        "JWT",
        List.of("anshim"),
        Map.of(
            "name",
            name,
            "birthdate",
            birthDate,
            "phone_number",
            "+82 " + person.mobile().substring(1)),
        3600);
  }

  /** The OIDC server's answer to the authorization request: a redirect back to our callback. */
  private static String followTheOidcServer(String authorize) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(302, response.statusCode(), response::body);
      String location = response.headers().firstValue("Location").orElseThrow();
      assertTrue(location.contains("/api/identity/oidc/callback?"), location);
      assertTrue(location.contains("code="), location);
      return location;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void setting(String name, String value) {
    remove(name);
    ModelNode add = property(name, "add");
    add.get("value").set(value);
    execute(add, true);
  }

  private void remove(String name) {
    execute(property(name, "remove"), false);
  }

  private static ModelNode property(String name, String operation) {
    ModelNode op = new ModelNode();
    op.get("address").add("system-property", PREFIX + name);
    op.get("operation").set(operation);
    return op;
  }

  private void execute(ModelNode op, boolean mustSucceed) {
    try {
      ModelNode result = management.getControllerClient().execute(op);
      if (mustSucceed) {
        assertEquals("success", result.get("outcome").asString(), result::toString);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
