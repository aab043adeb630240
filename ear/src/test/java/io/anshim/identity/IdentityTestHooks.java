package io.anshim.identity;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Test-only (an extra WAR beside the real EAR, never in it): writes aged identity rows that no API
 * can make, and says whether they are still there.
 *
 * <ul>
 *   <li>POST /identity-test/verification?ageDays=N: a finished verification started N days ago;
 *       answers its id
 *   <li>POST /identity-test/sms?ageDays=N: an outbox message queued N days ago; answers its id
 *   <li>GET /identity-test/exists?table=verification|sms&amp;id=ID: "true" or "false"
 * </ul>
 */
@WebServlet("/*")
public class IdentityTestHooks extends HttpServlet {

  @Resource(lookup = "java:jboss/datasources/AnshimDS")
  private DataSource database;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    Instant at =
        Instant.now().minus(Duration.ofDays(Long.parseLong(request.getParameter("ageDays"))));
    try (Connection connection = database.getConnection()) {
      switch (request.getPathInfo()) {
        case "/verification" -> response.getWriter().print(verification(connection, at));
        case "/sms" -> response.getWriter().print(sms(connection, at));
        default -> response.sendError(404);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    String table =
        switch (request.getParameter("table")) {
          case "verification" -> "identity_verification";
          case "sms" -> "sms_outbox";
          default -> throw new IllegalArgumentException("unknown table");
        };
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE id = ?")) {
      String id = request.getParameter("id");
      if (table.equals("sms_outbox")) {
        select.setLong(1, Long.parseLong(id));
      } else {
        select.setString(1, id);
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        response.getWriter().print(rows.getLong(1) > 0);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private static String verification(Connection connection, Instant startedAt) throws SQLException {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO identity_verification (id, provider_id, subject_hash, applicant_sealed,"
                + " response_hash, client_address, state, failed_attempts, started_at, expires_at)"
                + " VALUES (?, 'carrier', ?, 'test', ?, '192.0.2.1', 'USED', 0, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, "0".repeat(32) + id.replace("-", "").substring(0, 32));
      insert.setString(3, "f".repeat(64));
      insert.setTimestamp(4, Timestamp.from(startedAt));
      insert.setTimestamp(5, Timestamp.from(startedAt.plusSeconds(180)));
      insert.executeUpdate();
    }
    return id;
  }

  private static long sms(Connection connection, Instant queuedAt) throws SQLException {
    // negative ids: the sequence that numbers real messages never reaches them
    long id = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sms_outbox (id, reference, recipient, sender, text, queued_at)"
                + " VALUES (?, 'retention-test', '010-****-0000', 'Anshim', 'test', ?)")) {
      insert.setLong(1, id);
      insert.setTimestamp(2, Timestamp.from(queuedAt));
      insert.executeUpdate();
    }
    return id;
  }
}
