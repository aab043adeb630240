package io.anshim.booking;

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
 * The real EAR plus a test-only WAR at /booking-test that reads slots and writes vaccination
 * records ({@link BookingTestHooks}).
 */
final class BookingTestDeployment {

  private BookingTestDeployment() {}

  static EnterpriseArchive earWithTestHooks() {
    EnterpriseArchive ear = AnshimDeployment.ear();
    WebArchive hooks =
        ShrinkWrap.create(WebArchive.class, "booking-test.war").addClass(BookingTestHooks.class);
    ear.addAsModule(hooks);
    String application;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String module =
        "<module><web><web-uri>booking-test.war</web-uri><context-root>/booking-test</context-root>"
            + "</web></module>";
    ear.setApplicationXML(
        new StringAsset(application.replace("</application>", module + "</application>")));
    return ear;
  }
}
