package io.anshim.waitingroom.api;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link PlaceFastLane} in front of the web module's servlet pipeline. Undertow finds it
 * through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public final class PlaceFastLaneInstaller implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        servlets -> new PlaceFastLane(servlets, (ServletContextImpl) context, deployment));
  }
}
