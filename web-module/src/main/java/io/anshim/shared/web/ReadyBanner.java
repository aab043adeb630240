package io.anshim.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Tells the person who started the server where to open Anshim. */
@WebListener
public class ReadyBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    String path = event.getServletContext().getContextPath();
    LOG.info(
        () ->
            "\n\n  Anshim is ready: open http://localhost:"
                + port
                + path
                + "/\n"
                + "  (staff sign-in: see README for the demo accounts; Ctrl-C stops the server)\n");
  }
}
