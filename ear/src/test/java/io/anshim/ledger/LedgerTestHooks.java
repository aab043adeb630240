package io.anshim.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Test-only: deployed by the ledger ITs in an extra WAR beside the real EAR (never in it). Appends
 * entries the way services do, through the ledger's EJB API, and edits stored rows behind its back.
 *
 * <ul>
 *   <li>POST /ledger-test/append?count=N: appends N random entries concurrently; answers their
 *       indices, one per line
 *   <li>POST /ledger-test/anchor?record=TEXT: anchors the record's UTF-8 bytes through {@link
 *       LedgerAnchor}; answers "index saltHex leafDataHex"
 *   <li>POST /ledger-test/tamper?index=I&amp;leafData=HEX: overwrites an entry's stored leaf data;
 *       answers the previous value
 * </ul>
 */
@WebServlet("/*")
public class LedgerTestHooks extends HttpServlet {

  private static final SecureRandom RANDOM = new SecureRandom();

  @EJB private Ledger ledger;

  @EJB private LedgerAnchor anchors;

  @Resource(lookup = "java:jboss/datasources/AnshimDS")
  private DataSource database;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    try {
      switch (request.getPathInfo()) {
        case "/append" -> append(Integer.parseInt(request.getParameter("count")), response);
        case "/anchor" -> anchor(request.getParameter("record"), response);
        case "/tamper" ->
            tamper(
                Long.parseLong(request.getParameter("index")),
                request.getParameter("leafData"),
                response);
        default -> response.sendError(404);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private void append(int count, HttpServletResponse response) throws IOException {
    List<CompletableFuture<Long>> indices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] leafData = new byte[32];
      RANDOM.nextBytes(leafData);
      indices.add(ledger.append(EntryKind.CERTIFICATE_ISSUED, leafData).toCompletableFuture());
    }
    StringBuilder text = new StringBuilder();
    for (CompletableFuture<Long> index : indices) {
      text.append(index.join()).append('\n');
    }
    response.getWriter().print(text);
  }

  private void anchor(String record, HttpServletResponse response) throws IOException {
    Anchor anchor =
        anchors.anchor(EntryKind.VENUE_QR_ISSUED, record.getBytes(StandardCharsets.UTF_8));
    response
        .getWriter()
        .print(
            anchor.index()
                + " "
                + HexFormat.of().formatHex(anchor.salt())
                + " "
                + HexFormat.of().formatHex(anchor.leafData()));
  }

  private void tamper(long index, String leafData, HttpServletResponse response)
      throws SQLException, IOException {
    try (Connection connection = database.getConnection()) {
      String before;
      try (PreparedStatement select =
          connection.prepareStatement("SELECT leaf_data FROM ledger_entry WHERE entry_index = ?")) {
        select.setLong(1, index);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            response.sendError(404);
            return;
          }
          before = row.getString(1);
        }
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE ledger_entry SET leaf_data = ? WHERE entry_index = ?")) {
        update.setString(1, leafData);
        update.setLong(2, index);
        update.executeUpdate();
      }
      response.getWriter().print(before);
    }
  }
}
