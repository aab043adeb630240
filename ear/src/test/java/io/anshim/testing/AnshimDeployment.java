package io.anshim.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

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

  /**
   * The real EAR plus a test-only WAR (test hooks with server-side access) at {@code
   * /<contextRoot>}; the WAR is never part of the built EAR.
   */
  public static EnterpriseArchive earWithTestWar(WebArchive war, String contextRoot) {
    return withTestWar(ear(), war, contextRoot);
  }

  /** Adds a test-only WAR at {@code /<contextRoot>} to an EAR (which may carry others already). */
  public static EnterpriseArchive withTestWar(
      EnterpriseArchive ear, WebArchive war, String contextRoot) {
    ear.addAsModule(war);
    String application;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      application = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String module =
        "<module><web><web-uri>"
            + war.getName()
            + "</web-uri><context-root>/"
            + contextRoot
            + "</context-root></web></module>";
    ear.setApplicationXML(
        new StringAsset(application.replace("</application>", module + "</application>")));
    return ear;
  }
}
