package io.anshim.booking;

import io.anshim.center.VaccinationCenter;
import io.anshim.center.Vaccine;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Test-only: deployed by the booking ITs in an extra WAR beside the real EAR (never in it). Reads
 * the database behind the services' back and writes the vaccination records a vaccinator would.
 *
 * <ul>
 *   <li>GET /booking-test/slot?center=C&amp;date=D&amp;time=T: "capacity booked activeBookings" of
 *       the slot, or "none"
 *   <li>GET /booking-test/batches: "committed notCommitted", the sequencer's batches since the
 *       start
 *   <li>GET /booking-test/doubles: how many (person, dose) pairs have more than one active booking
 *   <li>GET /booking-test/cached?center=C&amp;vaccine=V: "center vaccine", each true when the
 *       second-level cache holds it
 *   <li>POST
 *       /booking-test/record?citizen=&amp;center=&amp;vaccine=&amp;dose=&amp;series=&amp;daysAgo=:
 *       a dose given
 *   <li>POST /booking-test/hold-full?center=C&amp;date=D&amp;time=T&amp;millis=M: closes the slot
 *       (capacity = booked) in a transaction that stays open M ms; answers once the update ran, so
 *       the slot's row is locked, and still shown open to every other reader, until that commit
 * </ul>
 */
@WebServlet("/*")
public class BookingTestHooks extends HttpServlet {

  @Resource(lookup = "java:jboss/datasources/AnshimDS")
  private DataSource database;

  @EJB private BookingSequencer sequencer;

  @PersistenceUnit(unitName = "anshim")
  private EntityManagerFactory entities;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    try (Connection c = database.getConnection()) {
      switch (request.getPathInfo()) {
        case "/slot" -> response.getWriter().write(slot(c, request));
        case "/batches" -> {
          BookingSequencer.BatchCounts counts = sequencer.batchCounts();
          response.getWriter().write(counts.committed() + " " + counts.notCommitted());
        }
        case "/cached" ->
            response
                .getWriter()
                .write(
                    entities
                            .getCache()
                            .contains(
                                VaccinationCenter.class,
                                Long.parseLong(request.getParameter("center")))
                        + " "
                        + entities
                            .getCache()
                            .contains(Vaccine.class, request.getParameter("vaccine")));
        case "/doubles" ->
            response
                .getWriter()
                .write(
                    one(
                        c,
                        "SELECT COUNT(*) FROM (SELECT citizen_id, dose_number FROM booking"
                            + " WHERE status = 'BOOKED' GROUP BY citizen_id, dose_number"
                            + " HAVING COUNT(*) > 1) d"));
        default -> response.sendError(404);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  @Resource private ManagedExecutorService executor;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/hold-full".equals(request.getPathInfo()) || "/hold-row".equals(request.getPathInfo())) {
      hold(request, "/hold-full".equals(request.getPathInfo()));
      response.setStatus(204);
      return;
    }
    if (!"/record".equals(request.getPathInfo())) {
      response.sendError(404);
      return;
    }
    Instant at =
        Instant.now()
            .minus(Long.parseLong(request.getParameter("daysAgo")), ChronoUnit.DAYS)
            .truncatedTo(ChronoUnit.SECONDS);
    try (Connection c = database.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO vaccination_record (id, citizen_id, center_id, vaccine_code,"
                    + " lot_number, dose_number, doses_in_series, vaccinated_at, recorded_by,"
                    + " recorded_at) VALUES (?, ?, ?, ?, 'IT-LOT', ?, ?, ?, 'booking-it', ?)")) {
      insert.setLong(1, ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L));
      insert.setLong(2, Long.parseLong(request.getParameter("citizen")));
      insert.setLong(3, Long.parseLong(request.getParameter("center")));
      insert.setString(4, request.getParameter("vaccine"));
      insert.setInt(5, Integer.parseInt(request.getParameter("dose")));
      insert.setInt(6, Integer.parseInt(request.getParameter("series")));
      insert.setTimestamp(7, Timestamp.from(at));
      insert.setTimestamp(8, Timestamp.from(Instant.now()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setStatus(204);
  }

  /** Locks the slot's row for the given time, closing the slot at the end if {@code close}. */
  private void hold(HttpServletRequest request, boolean close) throws IOException {
    long center = Long.parseLong(request.getParameter("center"));
    LocalDate date = LocalDate.parse(request.getParameter("date"));
    LocalTime time = LocalTime.parse(request.getParameter("time"));
    long millis = Long.parseLong(request.getParameter("millis"));
    CompletableFuture<Integer> closed = new CompletableFuture<>();
    executor.submit(
        () -> {
          try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock =
                c.prepareStatement(
                    "UPDATE booking_slot SET capacity = "
                        + (close ? "booked" : "capacity")
                        + " WHERE center_id = ? AND slot_date = ? AND starts_at = ?")) {
              lock.setLong(1, center);
              lock.setDate(2, Date.valueOf(date));
              lock.setTime(3, Time.valueOf(time));
              closed.complete(lock.executeUpdate());
            }
            Thread.sleep(millis);
            c.commit();
          } catch (SQLException | InterruptedException | RuntimeException e) {
            closed.completeExceptionally(e);
          }
          return null;
        });
    try {
      if (closed.get(10, TimeUnit.SECONDS) != 1) {
        throw new IOException("no such slot");
      }
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IOException(e);
    }
  }

  private static String slot(Connection c, HttpServletRequest request) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT s.capacity, s.booked, (SELECT COUNT(*) FROM booking b WHERE b.slot_id = s.id"
                + " AND b.status = 'BOOKED') FROM booking_slot s WHERE s.center_id = ?"
                + " AND s.slot_date = ? AND s.starts_at = ?")) {
      q.setLong(1, Long.parseLong(request.getParameter("center")));
      q.setDate(2, Date.valueOf(LocalDate.parse(request.getParameter("date"))));
      q.setTime(3, Time.valueOf(LocalTime.parse(request.getParameter("time"))));
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getInt(1) + " " + rs.getInt(2) + " " + rs.getLong(3) : "none";
      }
    }
  }

  private static String one(Connection c, String sql) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql);
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return String.valueOf(rs.getLong(1));
    }
  }
}
