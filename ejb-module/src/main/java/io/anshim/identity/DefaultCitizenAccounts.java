package io.anshim.identity;

import io.anshim.identity.CitizenSession.EndReason;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@Stateless
@PermitAll
public class DefaultCitizenAccounts implements CitizenAccounts {

  private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

  @Inject private CitizenRepository repository;
  @Inject private PersonalDataVault vault;
  @Inject private Clock clock;
  @Inject private Event<SessionEnded> endings;
  @Inject private SessionsSeen seen;

  /**
   * One read, asked on many requests (the citizen filter and the waiting room's gate, whenever the
   * node's memo does not know the session): without a transaction of its own, which would cost a
   * begin and a commit (a round trip more on PostgreSQL) for nothing written.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SessionCheck check(String sessionId) {
    CitizenSession session = repository.session(sessionId == null ? "" : sessionId).orElse(null);
    if (session == null) {
      return new SessionCheck(false, false);
    }
    if (!session.isOpen()) {
      return new SessionCheck(false, session.getEndReason() == EndReason.SIGNED_IN_ELSEWHERE);
    }
    Instant now = clock.instant();
    if (session.getLastSeenAt().plus(SEEN_RESOLUTION).isBefore(now)) {
      // written with the others seen in the next 10 s: this check stays a read
      seen.seen(session.getId(), now);
    }
    return new SessionCheck(true, false);
  }

  @Override
  public void signOut(String sessionId) {
    repository.session(sessionId).ifPresent(s -> end(s, EndReason.SIGNED_OUT, clock.instant()));
  }

  @Override
  public void expired(String sessionId) {
    repository.session(sessionId).ifPresent(s -> end(s, EndReason.EXPIRED, clock.instant()));
  }

  @Override
  public CitizenProfile profile(CitizenCaller caller, long citizenId) {
    return profileOf(own(caller, citizenId));
  }

  @Override
  public CitizenProfile changeMobile(CitizenCaller caller, long citizenId, String mobile) {
    Citizen citizen = own(caller, citizenId);
    citizen.changeMobile(
        vault
            .cipher()
            .seal(DefaultIdentityVerifications.MOBILE, MobileNumber.parse(mobile).value()));
    return profileOf(citizen);
  }

  @Override
  public List<SessionView> sessions(CitizenCaller caller, long citizenId) {
    own(caller, citizenId);
    return repository.recentSessions(citizenId, 20).stream()
        .map(
            s ->
                new SessionView(
                    s.getUserAgent(),
                    s.getClientAddress(),
                    s.getProviderId(),
                    s.getStartedAt(),
                    s.getLastSeenAt(),
                    s.getEndedAt(),
                    s.getEndReason() == null ? null : s.getEndReason().name(),
                    s.getId().equals(caller.sessionId())))
        .toList();
  }

  @Override
  public void signOutEverywhere(CitizenCaller caller, long citizenId) {
    own(caller, citizenId);
    Instant now = clock.instant();
    repository.openSessions(citizenId).forEach(s -> end(s, EndReason.SIGNED_OUT_EVERYWHERE, now));
  }

  /** Ends the session; {@link OpenSessions} forgets it once this transaction completes. */
  private void end(CitizenSession session, EndReason reason, Instant now) {
    session.end(reason, now);
    endings.fire(new SessionEnded(session.getId()));
  }

  /** The caller's own citizen record: the session must be open, and the record theirs. */
  private Citizen own(CitizenCaller caller, long citizenId) {
    if (caller == null) {
      throw new CitizenSignInRequiredException("error.identity.signInRequired");
    }
    CitizenSession session =
        repository
            .session(caller.sessionId())
            .filter(s -> s.getCitizenId() == caller.citizenId())
            .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
    if (!session.isOpen()) {
      throw new CitizenSignInRequiredException(
          session.getEndReason() == EndReason.SIGNED_IN_ELSEWHERE
              ? "error.identity.signedInElsewhere"
              : "error.identity.signInRequired");
    }
    if (citizenId != caller.citizenId()) {
      throw new CitizenAccessDeniedException();
    }
    return repository
        .citizen(citizenId)
        .orElseThrow(() -> new NotFoundException("error.identity.unknownCitizen"));
  }

  private CitizenProfile profileOf(Citizen citizen) {
    return CitizenProfiles.of(citizen, vault.cipher(), clock);
  }
}
