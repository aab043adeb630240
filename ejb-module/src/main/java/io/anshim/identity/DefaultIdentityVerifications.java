package io.anshim.identity;

import io.anshim.identity.CitizenSession.EndReason;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@Stateless
@PermitAll
public class DefaultIdentityVerifications implements IdentityVerifications {

  static final String RESIDENT_NUMBER = "resident-number";
  static final String NAME = "name";
  static final String MOBILE = "mobile";
  static final String APPLICANT = "applicant";
  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Inject @Any private Instance<IdentityProvider> providers;
  @Inject private CitizenRepository repository;
  @Inject private PersonalDataVault vault;
  @Inject private ProviderTraffic traffic;
  @Inject private Clock clock;
  @Inject private Event<SessionEnded> sessionEndings;
  @Inject private Event<CitizenSignedIn> signIns;

  private VerificationRules rules;

  @PostConstruct
  void configure() {
    rules = VerificationRules.fromSystemProperties();
  }

  @Override
  public List<ProviderStatus> providers() {
    return providers.stream()
        .filter(IdentityProvider::available)
        .sorted(Comparator.comparing(IdentityProvider::kind))
        .map(p -> new ProviderStatus(p.id(), p.kind(), traffic.figures(p.id()).light()))
        .toList();
  }

  @Override
  public VerificationStarted start(String providerId, ApplicantForm form, String clientAddress) {
    IdentityProvider provider = provider(providerId);
    Instant now = clock.instant();
    Applicant applicant =
        Applicant.parse(form.getName(), form.getResidentNumber(), form.getMobile(), today(now));
    String subject = subjectOf(applicant.residentNumber());
    rules.checkMayStart(
        now,
        repository.lockedUntil(subject, now),
        repository.startsBySubject(subject, now.minus(rules.personWindow())),
        repository.startsFromAddress(clientAddress, now.minus(rules.addressWindow())));
    String id = UUID.randomUUID().toString();
    IdentityVerification verification =
        new IdentityVerification(
            id,
            provider.id(),
            subject,
            vault.cipher().seal(APPLICANT, applicant.toSealable()),
            clientAddress,
            now,
            rules.expiryOf(now));
    Challenge challenge = traffic.measure(provider.id(), () -> provider.start(applicant, id));
    verification.expect(challenge.responseHash());
    repository.add(verification);
    return started(verification, challenge.expects(), challenge.redirectTo());
  }

  @Override
  public VerificationStarted answer(String verificationId, String response) {
    IdentityVerification verification = verification(verificationId);
    Instant now = clock.instant();
    rules.checkAnswerable(
        verification, now, repository.lockedUntil(verification.getSubjectHash(), now));
    IdentityProvider provider = provider(verification.getProviderId());
    Challenge challenge =
        new Challenge(verification.getId(), verification.getResponseHash(), Challenge.Expects.CODE);
    boolean correct = traffic.measure(provider.id(), () -> provider.complete(challenge, response));
    rules.recordAnswer(verification, correct, now);
    return started(verification, challenge.expects(), null);
  }

  @Override
  public SignedIn signIn(String verificationId, SessionDevice device) {
    IdentityVerification verification = verification(verificationId);
    Instant now = clock.instant();
    rules.checkMaySignIn(verification, now);
    Applicant applicant =
        Applicant.fromSealable(
            vault.cipher().open(APPLICANT, verification.getApplicantSealed()), today(now));
    PersonalDataCipher cipher = vault.cipher();
    String name = cipher.seal(NAME, applicant.name());
    String mobile = cipher.seal(MOBILE, applicant.mobile().value());
    Citizen citizen =
        repository
            .citizenByResidentNumberHash(verification.getSubjectHash())
            .flatMap(c -> repository.citizenForUpdate(c.getId()))
            .orElse(null);
    boolean first = citizen == null;
    if (first) {
      citizen =
          new Citizen(
              verification.getSubjectHash(),
              cipher.seal(RESIDENT_NUMBER, applicant.residentNumber().digits()),
              name,
              mobile,
              applicant.residentNumber().birthDate(),
              now);
      repository.add(citizen);
    }
    citizen.signedIn(name, mobile, now);
    for (CitizenSession older : repository.openSessions(citizen.getId())) {
      older.end(EndReason.SIGNED_IN_ELSEWHERE, now);
      sessionEndings.fire(new SessionEnded(older.getId()));
    }
    CitizenSession session =
        new CitizenSession(
            UUID.randomUUID().toString(),
            citizen.getId(),
            verification.getProviderId(),
            device.userAgent(),
            device.clientAddress(),
            now);
    repository.add(session);
    verification.used();
    signIns.fire(
        new CitizenSignedIn(
            citizen.getId(), citizen.getBirthDate(), citizen.getResidentNumberHash()));
    return new SignedIn(citizen.getId(), session.getId(), applicant.name(), first);
  }

  String subjectOf(ResidentNumber number) {
    return vault.residentNumberHash(number);
  }

  private IdentityVerification verification(String id) {
    return repository
        .verificationForUpdate(id == null ? "" : id)
        .orElseThrow(() -> new NotFoundException("error.identity.unknownVerification"));
  }

  private IdentityProvider provider(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidRequestException("error.identity.providerRequired");
    }
    return providers.stream()
        .filter(p -> p.id().equals(id) && p.available())
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException("error.identity.unknownProvider", String.valueOf(id)));
  }

  private VerificationStarted started(
      IdentityVerification v, Challenge.Expects expects, String redirectTo) {
    return new VerificationStarted(
        v.getId(),
        v.getProviderId(),
        expects,
        v.getState(),
        v.getExpiresAt(),
        rules.maxAttempts(),
        redirectTo);
  }

  private static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, KOREA);
  }
}
