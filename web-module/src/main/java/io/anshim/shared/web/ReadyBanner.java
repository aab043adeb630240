package io.anshim.shared.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * Tells the person who started the server where to open Anshim, once the address answers. The
 * context is initialized a moment before the server routes requests to it, and a page opened in
 * that moment was a 404; so the banner waits until the health check answers 200.
 */
@WebListener
public class ReadyBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());
  private static final Duration PATIENCE = Duration.ofMinutes(2);
  private static final Duration BETWEEN_TRIES = Duration.ofMillis(200);

  @Resource private ManagedExecutorService executor;
  private Future<?> waiting;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    String home = "http://localhost:" + port + event.getServletContext().getContextPath() + "/";
    URI health = URI.create(home + "api/health");
    waiting =
        executor.submit(
            () -> {
              if (WhenAnswering.wait(() -> answers(health), PATIENCE, BETWEEN_TRIES)) {
                LOG.info(
                    () ->
                        "\n\n  Anshim is ready: open "
                            + home
                            + "\n  (staff sign-in: see README for the demo accounts;"
                            + " Ctrl-C stops the server)\n");
              } else {
                LOG.warning(() -> home + " did not answer within " + PATIENCE.toSeconds() + " s");
              }
            });
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (waiting != null) {
      waiting.cancel(true);
    }
  }

  private static boolean answers(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(2000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException notYet) {
      return false;
    }
  }
}
