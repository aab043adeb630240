package io.anshim.ledger;

import io.anshim.testing.AnshimDeployment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR plus a test-only WAR at /ledger-test that can append and tamper ({@link
 * LedgerTestHooks}).
 */
final class LedgerTestDeployment {

  private LedgerTestDeployment() {}

  static EnterpriseArchive earWithTestHooks() {
    EnterpriseArchive ear = AnshimDeployment.ear();
    WebArchive hooks =
        ShrinkWrap.create(WebArchive.class, "ledger-test.war").addClass(LedgerTestHooks.class);
    ear.addAsModule(hooks);
    String application;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String module =
        "<module><web><web-uri>ledger-test.war</web-uri><context-root>/ledger-test</context-root>"
            + "</web></module>";
    ear.setApplicationXML(
        new StringAsset(application.replace("</application>", module + "</application>")));
    return ear;
  }
}
