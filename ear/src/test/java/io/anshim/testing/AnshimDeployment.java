package io.anshim.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The real EAR this module built, as the integration tests deploy it. */
public final class AnshimDeployment {

  private AnshimDeployment() {}

  public static EnterpriseArchive ear() {
    File ear = new File(System.getProperty("anshim.ear", "target/anshim.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException("Build the EAR first (mvn package): missing " + ear);
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }
}
