package io.anshim.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's browser as the identity API sees it: its own cookie jar (its own HTTP session), a
 * user agent, and the steps of a sign-in. The codes are read from the demo SMS outbox.
 */
public final class CitizenClient {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\[(\\d{6})\\]");
  private static final Pattern PORTAL_CODE = Pattern.compile("code: ([A-Z0-9]{8})");
  private static final Pattern APPROVAL =
      Pattern.compile("request=([0-9a-f-]{36})&token=([A-Z0-9]+)");

  private final URI base;
  private final HttpClient http;
  private final String userAgent;
  private String language = "en";

  public CitizenClient(URL deploymentUrl, String userAgent) {
    this.base = URI.create(deploymentUrl.toString().replaceAll("/?$", "/"));
    this.userAgent = userAgent;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public CitizenClient inLanguage(String language) {
    this.language = language;
    return this;
  }

  /** A person nobody else in the tests is: a random valid resident number and mobile number. */
  public record Person(String name, String residentNumber, String mobile) {
    public static Person any(String name) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      String birth =
          String.format(
              "%02d%02d%02d",
              random.nextInt(60, 100), random.nextInt(1, 13), random.nextInt(1, 29));
      String rest = String.format("%06d", random.nextInt(1_000_000));
      String mobile =
          String.format("010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
      return new Person(name, birth + "-" + (random.nextBoolean() ? "1" : "2") + rest, mobile);
    }

    /** A person born on {@code birthDate} (1900-2099), otherwise random. */
    public static Person bornOn(String name, java.time.LocalDate birthDate) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      int year = birthDate.getYear();
      if (year < 1900 || year > 2099) {
        throw new IllegalArgumentException("born 1900-2099");
      }
      boolean male = random.nextBoolean();
      int centuryDigit = year < 2000 ? (male ? 1 : 2) : (male ? 3 : 4);
      String birth =
          String.format(
              "%02d%02d%02d", year % 100, birthDate.getMonthValue(), birthDate.getDayOfMonth());
      String rest = String.format("%06d", random.nextInt(1_000_000));
      String mobile =
          String.format("010-%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
      return new Person(name, birth + "-" + centuryDigit + rest, mobile);
    }

    public String masked() {
      return residentNumber.substring(0, 8) + "******";
    }
  }

  public Api.Reply start(String provider, Person person) {
    return post(
        "api/identity/verifications",
        Json.createObjectBuilder()
            .add("provider", provider)
            .add("name", person.name())
            .add("residentNumber", person.residentNumber())
            .add("mobile", person.mobile())
            .build()
            .toString());
  }

  public String startOk(String provider, Person person) {
    Api.Reply started = start(provider, person);
    assertEquals(201, started.status(), started::toString);
    return started.object().getString("id");
  }

  public Api.Reply answer(String verificationId, String response) {
    return post(
        "api/identity/verifications/" + verificationId + "/answer",
        Json.createObjectBuilder().add("response", response).build().toString());
  }

  public Api.Reply signIn(String verificationId) {
    return post("api/identity/verifications/" + verificationId + "/sign-in", "");
  }

  /** The text the provider sent about this verification, from the demo outbox. */
  public String outboxText(String verificationId) {
    Api.Reply messages = get("api/dev/sms-outbox?reference=" + verificationId);
    assertEquals(200, messages.status(), messages::toString);
    assertEquals(1, messages.json().asJsonArray().size(), messages::toString);
    return messages.json().asJsonArray().getJsonObject(0).getString("text");
  }

  public String codeFor(String verificationId) {
    String text = outboxText(verificationId);
    Matcher six = SIX_DIGITS.matcher(text);
    if (six.find()) {
      return six.group(1);
    }
    Matcher portal = PORTAL_CODE.matcher(text);
    assertTrue(portal.find(), text);
    return portal.group(1);
  }

  /** The messenger's approval token, from the link in its notification. */
  public String approvalTokenFor(String verificationId) {
    Matcher link = APPROVAL.matcher(outboxText(verificationId));
    assertTrue(link.find());
    assertEquals(verificationId, link.group(1));
    return link.group(2);
  }

  /** Signs in through the mobile carrier with the SMS code; returns the citizen as JSON. */
  public JsonObject signInWithCarrier(Person person) {
    String id = startOk("carrier", person);
    Api.Reply answered = answer(id, codeFor(id));
    assertEquals(200, answered.status(), answered::toString);
    Api.Reply signedIn = signIn(id);
    assertEquals(200, signedIn.status(), signedIn::toString);
    return signedIn.object();
  }

  /**
   * Passes the virtual waiting room as a browser does: joins (or gets back the place held), polls
   * until admitted and returns the admission token. The server also keeps the token in this
   * client's HTTP session, so later booking calls in the same cookie jar pass the gate.
   */
  public String passWaitingRoom() {
    Api.Reply joined = post("api/waiting-room/places", "");
    assertTrue(joined.status() == 200 || joined.status() == 201, joined::toString);
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    JsonObject place = joined.object();
    while (!place.getBoolean("admitted", false)) {
      assertTrue(System.nanoTime() < deadline, () -> "not admitted in 120 s: " + joined);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Api.Reply polled = get("api/waiting-room/places/mine");
      if (polled.status() == 404) {
        polled = post("api/waiting-room/places", "");
      }
      assertEquals(200, polled.status() == 201 ? 200 : polled.status(), polled::toString);
      place = polled.object();
    }
    return place.getString("token");
  }

  public Api.Reply get(String path) {
    return send(request(path).GET());
  }

  /** The body as bytes (a download: picture, PDF), or fails on any other status than 200. */
  public byte[] getBytes(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              request(path).setHeader("Accept", "*/*").GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), () -> path + ": " + response.statusCode());
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET with extra headers, name then value, e.g. a client clock a server must ignore. */
  public Api.Reply get(String path, String... headers) {
    HttpRequest.Builder request = request(path);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.GET());
  }

  public Api.Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A POST with extra headers, name then value (an admission token, a client clock). */
  public Api.Reply post(String path, String json, String... headers) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** A Faces Ajax request, as an older tab's button sends it. */
  public Api.Reply ajax(String path) {
    return send(
        request(path)
            .header("Faces-Request", "partial/ajax")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")));
  }

  public Api.Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Api.Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, text/html")
        .header("Accept-Language", language)
        .header("User-Agent", userAgent);
  }

  private Api.Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Api.Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
