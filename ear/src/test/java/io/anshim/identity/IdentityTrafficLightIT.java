package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import io.anshim.testing.CitizenClient;
import io.anshim.testing.CitizenClient.Person;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator drill makes one provider slow, then failing: its light goes yellow, then red, while
 * the others stay green; operators see the figures behind the lights.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityTrafficLightIT {

  private static final String DRILLED = "portal";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.ear();
  }

  @ArquillianResource private URL base;

  @AfterEach
  void endTheDrill() {
    simulate(0, 0);
  }

  @Test
  void aSlowProviderTurnsYellowThenRedWhenFailingWhileTheOthersStayGreen() {
    CitizenClient citizens = new CitizenClient(base, "Load");
    assertEquals("GREEN", lights().get(DRILLED));

    assertEquals(200, simulate(1200, 0).status());
    for (int i = 0; i < 2; i++) {
      assertEquals(201, citizens.start(DRILLED, Person.any("느림")).status());
    }
    citizens.startOk("carrier", Person.any("빠름"));
    Map<String, String> slow = lights();
    assertEquals("YELLOW", slow.get(DRILLED), slow::toString);
    assertEquals("GREEN", slow.get("carrier"), slow::toString);
    assertEquals("GREEN", slow.get("messenger"), slow::toString);

    assertEquals(200, simulate(0, 1.0).status());
    for (int i = 0; i < 3; i++) {
      Api.Reply failed = citizens.start(DRILLED, Person.any("장애"));
      assertEquals(503, failed.status(), failed::toString);
      assertEquals("error.identity.providerUnavailable", failed.object().getString("error"));
    }
    Map<String, String> failing = lights();
    assertEquals("RED", failing.get(DRILLED), failing::toString);
    assertEquals("GREEN", failing.get("carrier"), failing::toString);
    assertEquals("GREEN", failing.get("messenger"), failing::toString);

    JsonObject figures =
        operator().get("api/operator/identity/providers").json().asJsonArray().stream()
            .map(f -> f.asJsonObject())
            .filter(f -> f.getString("providerId").equals(DRILLED))
            .findFirst()
            .orElseThrow();
    assertEquals("RED", figures.getString("light"));
    assertTrue(figures.getJsonNumber("calls").longValue() >= 5, figures::toString);
    assertTrue(figures.getJsonNumber("failures").longValue() >= 3, figures::toString);
    assertTrue(figures.getJsonNumber("maxLatencyMillis").longValue() >= 1200, figures::toString);
    assertEquals(1.0, figures.getJsonNumber("simulatedFailureRate").doubleValue());
  }

  @Test
  void onlyOperatorsSeeTheFiguresAndRunDrills() {
    assertEquals(401, new Api(base).get("api/operator/identity/providers").status());
    assertEquals(
        403,
        new Api(base)
            .as("vaccinator1", "anshim-demo")
            .get("api/operator/identity/providers")
            .status());
    assertEquals(
        403,
        new Api(base)
            .as("business1", "anshim-demo")
            .put(
                "api/operator/identity/providers/carrier/simulation",
                Json.createObjectBuilder().add("latencyMillis", 5000).build())
            .status());
    Api.Reply nonsense =
        operator()
            .put(
                "api/operator/identity/providers/carrier/simulation",
                Json.createObjectBuilder().add("latencyMillis", 0).add("failureRate", 2.0).build());
    assertEquals(400, nonsense.status(), nonsense::toString);
  }

  private Map<String, String> lights() {
    return new Api(base)
        .get("api/identity/providers").json().asJsonArray().stream()
            .map(p -> p.asJsonObject())
            .collect(Collectors.toMap(p -> p.getString("id"), p -> p.getString("light")));
  }

  private Api.Reply simulate(long latencyMillis, double failureRate) {
    return operator()
        .put(
            "api/operator/identity/providers/" + DRILLED + "/simulation",
            Json.createObjectBuilder()
                .add("latencyMillis", latencyMillis)
                .add("failureRate", failureRate)
                .build());
  }

  private Api operator() {
    return new Api(base).as("operator1", "anshim-demo");
  }
}
