package io.anshim.certificate;

import io.anshim.testing.AnshimDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR plus a test-only WAR at /certificate-test ({@link CertificateTestHooks}). */
final class CertificateTestDeployment {

  private CertificateTestDeployment() {}

  static EnterpriseArchive earWithTestHooks() {
    WebArchive hooks =
        ShrinkWrap.create(WebArchive.class, "certificate-test.war")
            .addClasses(CertificateTestHooks.class, CertificateFixtures.class);
    return AnshimDeployment.earWithTestWar(hooks, "certificate-test");
  }
}
