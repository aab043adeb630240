package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.testing.AnshimDeployment;
import io.anshim.testing.Api;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifications older than 30 days and outbox messages older than 7 days are purged; newer ones
 * stay. The nightly timer and the operator's endpoint run the same purge.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityRetentionIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return AnshimDeployment.earWithTestWar(
        ShrinkWrap.create(WebArchive.class, "identity-test.war").addClass(IdentityTestHooks.class),
        "identity-test");
  }

  @ArquillianResource private URL base;

  @Test
  void rowsPastTheirRetentionAreDeletedAndNewerOnesStay() {
    String oldVerification = hook("verification", 35);
    String recentVerification = hook("verification", 25);
    String oldMessage = hook("sms", 10);
    String recentMessage = hook("sms", 4);

    Api.Reply purged =
        new Api(base)
            .as("operator1", "anshim-demo")
            .postBytes("api/operator/identity/purge", "application/json", new byte[0]);

    assertEquals(200, purged.status(), purged::toString);
    JsonObject report = purged.object();
    assertTrue(report.getJsonNumber("verificationsDeleted").longValue() >= 1, report::toString);
    assertTrue(report.getJsonNumber("messagesDeleted").longValue() >= 1, report::toString);
    assertEquals("false", exists("verification", oldVerification));
    assertEquals("true", exists("verification", recentVerification));
    assertEquals("false", exists("sms", oldMessage));
    assertEquals("true", exists("sms", recentMessage));
  }

  @Test
  void onlyOperatorsPurge() {
    assertEquals(
        401,
        new Api(base)
            .postBytes("api/operator/identity/purge", "application/json", new byte[0])
            .status());
    assertEquals(
        403,
        new Api(base)
            .as("vaccinator1", "anshim-demo")
            .postBytes("api/operator/identity/purge", "application/json", new byte[0])
            .status());
  }

  private String hook(String what, int ageDays) {
    Api.Reply reply =
        new Api(base)
            .postBytes("identity-test/" + what + "?ageDays=" + ageDays, "text/plain", new byte[0]);
    assertEquals(200, reply.status(), reply::toString);
    return reply.body();
  }

  private String exists(String table, String id) {
    return new Api(base).get("identity-test/exists?table=" + table + "&id=" + id).body();
  }
}
