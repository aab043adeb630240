package io.anshim.certificate.api;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link VerificationFastLane} in front of the web module's servlet pipeline. Undertow finds
 * it through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public final class VerificationFastLaneInstaller implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        servlets -> new VerificationFastLane(servlets, deployment.getClassLoader()));
  }
}
