package io.anshim.certificate;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Test-only, at /certificate-test in an extra WAR beside the real EAR.
 *
 * <ul>
 *   <li>POST /dose?citizen=ID&amp;vaccine=PFIZER&amp;dose=N&amp;of=M&amp;daysAgo=D: records a dose;
 *       answers the record id
 *   <li>POST /sign-outside: answers the "HC1:" text of a certificate signed with our key but not
 *       issued by the portal
 *   <li>POST /row-counts: answers "table rows" for every table of the application's schema, one per
 *       line
 *   <li>POST /foreign-signer?keyId=K&amp;country=C&amp;der=BASE64: stores an imported foreign DSC
 *       straight in the database, as an import on another node would, without telling this node
 *   <li>POST /revocation-elsewhere?uvci=U: marks an issued certificate revoked straight in the
 *       database, as a revocation on another node would, without telling this node
 * </ul>
 */
@WebServlet("/*")
public class CertificateTestHooks extends HttpServlet {

  private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");

  @EJB private CertificateFixtures fixtures;

  @Resource(lookup = "java:jboss/datasources/AnshimDS")
  private DataSource database;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    switch (request.getPathInfo()) {
      case "/dose" ->
          response
              .getWriter()
              .print(
                  fixtures.recordDose(
                      Long.parseLong(request.getParameter("citizen")),
                      request.getParameter("vaccine"),
                      Integer.parseInt(request.getParameter("dose")),
                      Integer.parseInt(request.getParameter("of")),
                      Integer.parseInt(request.getParameter("daysAgo"))));
      case "/sign-outside" -> response.getWriter().print(fixtures.signOutsideIssuance());
      case "/row-counts" -> response.getWriter().print(rowCounts());
      case "/foreign-signer" ->
          storeForeignSigner(
              request.getParameter("keyId"),
              request.getParameter("country"),
              request.getParameter("der"));
      case "/revocation-elsewhere" -> revokeElsewhere(request.getParameter("uvci"));
      default -> response.sendError(404);
    }
  }

  private void storeForeignSigner(String keyId, String country, String der) throws IOException {
    try (Connection connection = database.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO foreign_signer"
                    + " (key_id, country, certificate_der, imported_at, imported_by)"
                    + " VALUES (?, ?, ?, CURRENT_TIMESTAMP, 'operator-on-another-node')")) {
      insert.setString(1, keyId);
      insert.setString(2, country);
      insert.setString(3, der);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private void revokeElsewhere(String uvci) throws IOException {
    try (Connection connection = database.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE issued_certificate SET revoked_at = CURRENT_TIMESTAMP,"
                    + " revocation_reason = 'revoked on another node',"
                    + " revoked_by = 'operator-on-another-node' WHERE uvci = ?")) {
      update.setString(1, uvci);
      if (update.executeUpdate() != 1) {
        throw new IOException("no issued certificate " + uvci);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private String rowCounts() throws IOException {
    try (Connection connection = database.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found =
          connection
              .getMetaData()
              .getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
        while (found.next()) {
          if (TABLE_TYPES.contains(found.getString("TABLE_TYPE"))) {
            tables.add(found.getString("TABLE_NAME"));
          }
        }
      }
      StringBuilder counts = new StringBuilder();
      try (Statement count = connection.createStatement()) {
        for (String table : tables) {
          try (ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            counts.append(table).append(' ').append(rows.getLong(1)).append('\n');
          }
        }
      }
      return counts.toString();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
