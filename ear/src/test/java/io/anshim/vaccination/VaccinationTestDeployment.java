package io.anshim.vaccination;

import io.anshim.testing.AnshimDeployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR plus a test-only WAR at /vaccination-test ({@link VaccinationTestHooks}) that writes
 * bookings and records for the vaccinator and leftover tests, and a client for it.
 */
public final class VaccinationTestDeployment {

  public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  private VaccinationTestDeployment() {}

  public static EnterpriseArchive earWithTestHooks() {
    return withTestHooks(AnshimDeployment.ear());
  }

  /** Adds the hooks to an EAR that may carry another test WAR already. */
  public static EnterpriseArchive withTestHooks(EnterpriseArchive ear) {
    WebArchive hooks =
        ShrinkWrap.create(WebArchive.class, "vaccination-test.war")
            .addClasses(VaccinationTestHooks.class, VaccinationFixtures.class);
    return AnshimDeployment.withTestWar(ear, hooks, "vaccination-test");
  }

  /** The server's root, as the IT server listens (port 8080 + offset). */
  public static URL base() {
    try {
      return URI.create(
              "http://127.0.0.1:" + (8080 + Integer.getInteger("anshim.it.port.offset", 100)) + "/")
          .toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static LocalDate today() {
    return LocalDate.now(KOREA);
  }

  /** Calls the test hooks. */
  public static final class Hooks {

    private static final HttpClient HTTP =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public long book(
        long citizenId, long centerId, String vaccine, int dose, LocalDate date, LocalTime time) {
      return Long.parseLong(
          send(
              "POST",
              "bookings?citizen="
                  + citizenId
                  + "&center="
                  + centerId
                  + "&vaccine="
                  + vaccine
                  + "&dose="
                  + dose
                  + "&date="
                  + date
                  + "&time="
                  + time));
    }

    public void record(long citizenId, long centerId, String vaccine, int dose, int of) {
      send(
          "POST",
          "records?citizen="
              + citizenId
              + "&center="
              + centerId
              + "&vaccine="
              + vaccine
              + "&dose="
              + dose
              + "&of="
              + of);
    }

    /** Those slots of the day keep no free place. */
    public void fill(long centerId, LocalDate date, List<LocalTime> starts) {
      send(
          "POST",
          "full?center="
              + centerId
              + "&date="
              + date
              + "&times="
              + String.join(",", starts.stream().map(LocalTime::toString).toList()));
    }

    public void reopen(long centerId, LocalDate date, int capacity) {
      send("POST", "open?center=" + centerId + "&date=" + date + "&capacity=" + capacity);
    }

    public List<String> records(long citizenId) {
      return lines(send("GET", "records?citizen=" + citizenId));
    }

    public List<String> bookings(long citizenId) {
      return lines(send("GET", "bookings?citizen=" + citizenId));
    }

    public List<String> auditOfBooking(long bookingId) {
      return lines(send("GET", "audit?booking=" + bookingId));
    }

    public List<String> auditOfOffer(long offerId) {
      return lines(send("GET", "audit?offer=" + offerId));
    }

    private static List<String> lines(String text) {
      return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private String send(String method, String path) {
      URI uri = URI.create(base() + "vaccination-test/" + path);
      try {
        HttpResponse<String> response =
            HTTP.send(
                HttpRequest.newBuilder(uri)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
          throw new IllegalStateException(method + " " + uri + ": " + response.statusCode());
        }
        return response.body();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
