package io.anshim.certificate.partner;

import io.anshim.certificate.CertificateView;
import io.anshim.certificate.ConsentedCertificates;
import io.anshim.certificate.PartnerClient;
import io.anshim.certificate.PartnerConsent;
import io.anshim.certificate.PartnerFetch;
import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenProfile;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.KeyFolder;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
@PermitAll
public class DefaultPartnerApps implements PartnerApps {

  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  static final String TOKEN_KEY = "partner-token.key";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject private KeyFolder keyFolder;
  @Inject private CitizenAccounts accounts;
  @Inject private ConsentedCertificates certificates;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  private PartnerToken tokens;

  @PostConstruct
  void loadKey() {
    tokens = new PartnerToken(keyFolder.secret(TOKEN_KEY));
  }

  @Override
  @RolesAllowed("OPERATOR")
  public RegisteredPartner register(String name) {
    String shown = name == null ? "" : name.strip();
    if (shown.isEmpty() || shown.length() > 100) {
      throw new InvalidRequestException("error.partner.name");
    }
    String clientId = "partner-" + code(12).toLowerCase();
    String secret = code(40);
    em.persist(
        new PartnerClient(
            clientId,
            shown,
            sha256(secret),
            clock.instant(),
            session.getCallerPrincipal().getName()));
    return new RegisteredPartner(clientId, secret, shown);
  }

  @Override
  public List<PartnerView> partners() {
    return em.createNamedQuery(PartnerClient.ALL, PartnerClient.class).getResultList().stream()
        .map(p -> new PartnerView(p.getClientId(), p.getName()))
        .toList();
  }

  @Override
  public Optional<AccessToken> token(String clientId, String clientSecret) {
    if (clientId == null || clientSecret == null || clientId.length() > 40) {
      return Optional.empty();
    }
    PartnerClient client = em.find(PartnerClient.class, clientId);
    if (client == null
        || !MessageDigest.isEqual(
            client.getSecretHash().getBytes(StandardCharsets.US_ASCII),
            sha256(clientSecret).getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    return Optional.of(
        new AccessToken(
            tokens.issue(clientId, clock.instant().plus(TOKEN_LIFETIME)),
            "Bearer",
            TOKEN_LIFETIME.toSeconds()));
  }

  @Override
  public Optional<String> clientOf(String bearerToken) {
    return tokens.clientOf(bearerToken, clock.instant());
  }

  @Override
  public PartnerCertificate latestCertificate(String clientId, String consentGrant) {
    PartnerConsent consent =
        consentGrant == null || consentGrant.isBlank()
            ? null
            : em.createNamedQuery(PartnerConsent.BY_GRANT, PartnerConsent.class)
                .setParameter("grantHash", sha256(consentGrant.strip()))
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (consent == null || !consent.isActive() || !consent.getClientId().equals(clientId)) {
      throw new NotFoundException("error.partner.noConsent");
    }
    // the certificate the portal would serve the citizen now: for the latest recorded dose
    CertificateView latest = certificates.latestDomestic(consent.getCitizenId(), consent.getId());
    em.persist(
        new PartnerFetch(
            UUID.randomUUID().toString(), consent.getId(), clock.instant(), latest.uvci()));
    return new PartnerCertificate(latest.uvci(), latest.text(), latest.expiresAt());
  }

  @Override
  public ConsentGranted consent(CitizenCaller caller, String clientId) {
    CitizenProfile citizen = own(caller);
    PartnerClient client = clientId == null ? null : em.find(PartnerClient.class, clientId);
    if (client == null) {
      throw new NotFoundException("error.partner.unknown");
    }
    String grant = code(32);
    PartnerConsent consent =
        new PartnerConsent(
            UUID.randomUUID().toString(),
            citizen.id(),
            client.getClientId(),
            sha256(grant),
            clock.instant());
    em.persist(consent);
    return new ConsentGranted(consent.getId(), client.getClientId(), grant);
  }

  @Override
  public List<ConsentView> consents(CitizenCaller caller) {
    CitizenProfile citizen = own(caller);
    return em
        .createNamedQuery(PartnerConsent.OF_CITIZEN, PartnerConsent.class)
        .setParameter("citizen", citizen.id())
        .getResultList()
        .stream()
        .map(
            c -> {
              PartnerClient client = em.find(PartnerClient.class, c.getClientId());
              List<Instant> fetches =
                  em
                      .createNamedQuery(PartnerFetch.OF_CONSENT, PartnerFetch.class)
                      .setParameter("consent", c.getId())
                      .setMaxResults(100)
                      .getResultList()
                      .stream()
                      .map(PartnerFetch::getFetchedAt)
                      .toList();
              return new ConsentView(
                  c.getId(),
                  c.getClientId(),
                  client.getName(),
                  c.getGrantedAt(),
                  c.getWithdrawnAt(),
                  fetches);
            })
        .toList();
  }

  @Override
  public void withdraw(CitizenCaller caller, String consentId) {
    CitizenProfile citizen = own(caller);
    PartnerConsent consent = consentId == null ? null : em.find(PartnerConsent.class, consentId);
    if (consent == null || consent.getCitizenId() != citizen.id()) {
      throw new NotFoundException("error.partner.unknownConsent");
    }
    consent.withdraw(clock.instant());
  }

  private CitizenProfile own(CitizenCaller caller) {
    return accounts.profile(caller, caller == null ? -1 : caller.citizenId());
  }

  private static String code(int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(CODE_CHARS.charAt(RANDOM.nextInt(CODE_CHARS.length())));
    }
    return code.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
