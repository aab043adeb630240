package io.anshim.waitingroom;

import io.anshim.identity.CitizenCaller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * The waiting room's rules over two shared maps (Infinispan caches in the server, plain maps in
 * unit tests). Each join takes a ticket from a shared counter; admission moves a "served up to"
 * number forward at the set rate ({@link AdmissionPace}); a person whose ticket is served is
 * admitted and gets a signed token for their session; tickets of places that no longer hold are
 * passed over without taking a turn. One place per person: the places map is keyed by citizen id,
 * so another tab, a reload or a second device finds the same place. A waiting place nobody polls
 * for {@code placeIdleSeconds} and an admission past its time no longer hold; joining again then
 * starts at the back.
 */
public final class WaitingLine {

  static final String LAST_TICKET = "last-ticket";
  static final String SERVED = "served";
  static final String SETTINGS = "settings";

  /** A waiting place's "last seen" is written at most once per second of polling. */
  private static final long SEEN_RESOLUTION_MILLIS = 1_000;

  private final ConcurrentMap<Long, Place> places;
  private final ConcurrentMap<Long, Long> waitingTickets;
  private final ConcurrentMap<String, Object> state;
  private final AdmissionSigner signer;
  private final Clock clock;
  private final AdmissionPace pace;
  private final AdmissionMeter meter = new AdmissionMeter();
  private final Object advancing = new Object();

  public WaitingLine(
      ConcurrentMap<Long, Place> places,
      ConcurrentMap<Long, Long> waitingTickets,
      ConcurrentMap<String, Object> state,
      AdmissionSigner signer,
      Clock clock) {
    this.places = places;
    this.waitingTickets = waitingTickets;
    this.state = state;
    this.signer = signer;
    this.clock = clock;
    state.putIfAbsent(SETTINGS, WaitingRoomSettings.defaults());
    state.putIfAbsent(LAST_TICKET, 0L);
    state.putIfAbsent(SERVED, 0L);
    this.pace = new AdmissionPace(settings().ratePerSecond(), clock.instant());
  }

  /** Gives the person a place at the back, or returns the place they already hold. */
  public PlaceView join(CitizenCaller caller) {
    long now = clock.millis();
    WaitingRoomSettings settings = settings();
    long idle = settings.placeIdleSeconds() * 1000;
    Place place =
        places.compute(
            caller.citizenId(),
            (id, held) ->
                held != null && held.holdsAt(now, idle)
                    ? (held.admitted() ? held : held.seen(now))
                    : Place.joined(nextTicket(id), served(), now));
    return view(caller, refreshed(caller.citizenId(), place, now, settings));
  }

  /** The person's place as it stands now, admitting them if their turn has come. */
  public Optional<PlaceView> mine(CitizenCaller caller) {
    long now = clock.millis();
    WaitingRoomSettings settings = settings();
    Place place = places.get(caller.citizenId());
    if (place == null || !place.holdsAt(now, settings.placeIdleSeconds() * 1000)) {
      return Optional.empty();
    }
    return Optional.of(view(caller, refreshed(caller.citizenId(), place, now, settings)));
  }

  /** What a presented token is worth for this person and session now. */
  public AdmissionCheck check(CitizenCaller caller, String presented) {
    return signer.check(
        presented, caller.citizenId(), sessionTag(caller.sessionId()), clock.instant());
  }

  /** Until when a token holds; empty if it is not ours. */
  public Optional<Instant> expiryOf(String presented) {
    AdmissionToken token = presented == null ? null : signer.read(presented);
    return token == null ? Optional.empty() : Optional.of(token.expiresAt());
  }

  public WaitingRoomSettings settings() {
    return (WaitingRoomSettings) state.get(SETTINGS);
  }

  public WaitingRoomFigures change(WaitingRoomSettings wanted) {
    WaitingRoomSettings settings = wanted.validated();
    state.put(SETTINGS, settings);
    synchronized (advancing) {
      pace.setRate(settings.ratePerSecond());
    }
    return figures();
  }

  public WaitingRoomFigures figures() {
    long now = clock.millis();
    WaitingRoomSettings settings = settings();
    long served = advance(now, settings);
    long issued = lastTicket();
    return new WaitingRoomFigures(
        settings.ratePerSecond(),
        settings.admissionSeconds(),
        settings.placeIdleSeconds(),
        Math.max(0, issued - served),
        places.size(),
        meter.perSecond(now),
        issued,
        served);
  }

  /** Admits the place if its ticket is served; notes that its owner is still there. */
  private Place refreshed(long citizenId, Place place, long now, WaitingRoomSettings settings) {
    if (place.admitted()) {
      return place;
    }
    long served = advance(now, settings);
    if (place.ticket() <= served) {
      Place admitted = place.admit(now, now + settings.admissionSeconds() * 1000);
      if (places.replace(citizenId, place, admitted)) {
        meter.count(now);
        return admitted;
      }
      Place current = places.get(citizenId);
      return current == null ? place : current;
    }
    if (now - place.lastSeenMillis() >= SEEN_RESOLUTION_MILLIS) {
      Place seen = place.seen(now);
      places.replace(citizenId, place, seen);
      return seen;
    }
    return place;
  }

  /**
   * Moves "served up to" forward by what the pace allows now, never past the last ticket. A ticket
   * whose place no longer holds (abandoned, or its owner joined again) is passed over without
   * taking a turn, so the rate counts people who are still there.
   */
  private long advance(long now, WaitingRoomSettings settings) {
    synchronized (advancing) {
      long served = served();
      long issued = lastTicket();
      if (served >= issued) {
        return served;
      }
      if (pace.rate() != settings.ratePerSecond()) {
        pace.setRate(settings.ratePerSecond());
      }
      int granted =
          pace.take((int) Math.min(Integer.MAX_VALUE, issued - served), Instant.ofEpochMilli(now));
      if (granted == 0) {
        return served;
      }
      long idle = settings.placeIdleSeconds() * 1000;
      while (granted > 0 && served < issued) {
        served++;
        Long citizenId = waitingTickets.remove(served);
        Place place = citizenId == null ? null : places.get(citizenId);
        boolean gone =
            place != null
                && (place.ticket() > served
                    || (place.ticket() == served && !place.holdsAt(now, idle)));
        if (!gone) {
          // a place not stored yet (its join is still running) takes its turn too
          granted--;
        }
      }
      state.put(SERVED, served);
      return served;
    }
  }

  private PlaceView view(CitizenCaller caller, Place place) {
    if (place.admitted()) {
      Instant until = Instant.ofEpochMilli(place.admittedUntilMillis());
      String token =
          signer.sign(
              new AdmissionToken(
                  caller.citizenId(),
                  sessionTag(caller.sessionId()),
                  Instant.ofEpochMilli(place.admittedAtMillis()),
                  until));
      return new PlaceView(place.ticket(), 0, 0, 0, 100, true, token, until);
    }
    long served = served();
    long ahead = Math.max(0, place.ticket() - served - 1);
    long waitSeconds = (pace.waitFor(ahead + 1).toMillis() + 999) / 1000;
    long span = place.ticket() - place.servedAtJoin();
    int progress =
        span <= 0
            ? 100
            : (int) Math.max(0, Math.min(99, 100 * (served - place.servedAtJoin()) / span));
    return new PlaceView(
        place.ticket(), ahead + 1, ahead, waitSeconds, progress, false, null, null);
  }

  /** The next ticket, noted as waiting for this person until the line passes it. */
  private long nextTicket(long citizenId) {
    long ticket = (Long) state.merge(LAST_TICKET, 1L, (a, b) -> (Long) a + (Long) b);
    waitingTickets.put(ticket, citizenId);
    return ticket;
  }

  private long lastTicket() {
    return (Long) state.get(LAST_TICKET);
  }

  private long served() {
    return (Long) state.get(SERVED);
  }

  /**
   * The session a token is bound to, as a one-way tag: the citizen session id never leaves the
   * server, and the tag has no '.' (the token's separator).
   */
  static String sessionTag(String sessionId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Admissions per second over the last five whole seconds, on this node. */
  static final class AdmissionMeter {
    private static final int WINDOW = 5;
    private final long[] second = new long[WINDOW + 2];
    private final long[] count = new long[WINDOW + 2];

    synchronized void count(long nowMillis) {
      long s = nowMillis / 1000;
      int i = (int) (s % second.length);
      if (second[i] != s) {
        second[i] = s;
        count[i] = 0;
      }
      count[i]++;
    }

    synchronized double perSecond(long nowMillis) {
      long current = nowMillis / 1000;
      long total = 0;
      for (int i = 0; i < second.length; i++) {
        if (second[i] < current && second[i] >= current - WINDOW) {
          total += count[i];
        }
      }
      return total / (double) WINDOW;
    }
  }
}
