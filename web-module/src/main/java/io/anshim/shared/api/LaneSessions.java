package io.anshim.shared.api;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.server.session.SessionConfig;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionConfigWrapper;
import io.undertow.servlet.spec.ServletContextImpl;

/**
 * The servlets' own HTTP session of a request, for a fast lane in front of the servlet pipeline:
 * found through the deployment's session manager by its cookie (the one way web.xml tracks
 * sessions), read through WildFly's wrapper, which takes the node's route off the id. Not the
 * servlet context's own session config: it asks for a servlet request context, which only the
 * servlet pipeline sets up (a lane got a NullPointerException), and not the raw cookie config,
 * which finds no session at all with the route on the id.
 */
public final class LaneSessions {

  private final ServletContextImpl context;
  private final DeploymentInfo info;
  private volatile SessionConfig sessions;

  public LaneSessions(ServletContextImpl context, DeploymentInfo info) {
    this.context = context;
    this.info = info;
  }

  /** The request's session, or null when it has none; a lane never makes one. */
  public Session of(HttpServerExchange exchange) {
    return context.getDeployment().getSessionManager().getSession(exchange, sessions());
  }

  /** Made on first use, once the deployment has started. */
  private SessionConfig sessions() {
    SessionConfig known = sessions;
    if (known == null) {
      SessionConfigWrapper wrapper = info.getSessionConfigWrapper();
      known =
          wrapper == null
              ? context.getSessionCookieConfig()
              : wrapper.wrap(context.getSessionCookieConfig(), context.getDeployment());
      sessions = known;
    }
    return known;
  }
}
