package io.anshim.certificate;

import io.anshim.testing.AnshimDeployment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR plus a test-only WAR at /certificate-test ({@link CertificateTestHooks}). */
final class CertificateTestDeployment {

  private CertificateTestDeployment() {}

  static EnterpriseArchive earWithTestHooks() {
    EnterpriseArchive ear = AnshimDeployment.ear();
    WebArchive hooks =
        ShrinkWrap.create(WebArchive.class, "certificate-test.war")
            .addClasses(CertificateTestHooks.class, CertificateFixtures.class);
    ear.addAsModule(hooks);
    String application;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String module =
        "<module><web><web-uri>certificate-test.war</web-uri>"
            + "<context-root>/certificate-test</context-root></web></module>";
    ear.setApplicationXML(
        new StringAsset(application.replace("</application>", module + "</application>")));
    return ear;
  }
}
