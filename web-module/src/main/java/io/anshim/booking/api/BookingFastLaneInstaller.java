package io.anshim.booking.api;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link BookingFastLane} in front of the web module's servlet pipeline. Undertow finds it
 * through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public final class BookingFastLaneInstaller implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(
        servlets -> new BookingFastLane(servlets, (ServletContextImpl) context, deployment));
  }
}
