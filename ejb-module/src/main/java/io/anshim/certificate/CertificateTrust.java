package io.anshim.certificate;

import io.anshim.certificate.hcert.DccSchema;
import io.anshim.certificate.signing.DocumentSigner;
import io.anshim.certificate.signing.SigningKeyStore;
import io.anshim.certificate.trust.KeyId;
import io.anshim.certificate.trust.PublishedTrustList;
import io.anshim.certificate.trust.SignerCertificate;
import io.anshim.certificate.trust.TrustList;
import io.anshim.certificate.trust.TrustListImport;
import io.anshim.certificate.verification.HcertVerifier;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.KeyFolder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Whom our verifier trusts: our own Document Signer Certificates (keys made at first start in the
 * key folder) and the foreign ones operators imported. Holds the one verifier every check uses,
 * rebuilt when the trust changes.
 */
@Singleton
@Startup
@PermitAll
public class CertificateTrust {

  static final String COUNTRY = "KR";
  private static final Logger LOG = Logger.getLogger(CertificateTrust.class.getName());

  @Inject private KeyFolder keyFolder;
  @Inject private Clock clock;
  @Inject private CurrentTrust current;
  @Inject private RevokedCertificates revocations;

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Resource private SessionContext session;

  private SigningKeyStore signing;
  private HcertVerifier verifier;
  private Set<KeyId> ourSigners;
  private long foreignSignersTrusted;

  @PostConstruct
  void open() {
    signing = SigningKeyStore.openOrCreate(keyFolder.path(), clock);
    verifier = new HcertVerifier(loadTrustList(), DccSchema.load());
    ourSigners = keyIds(signing.signerCertificates());
    current.publish(verifier, ourSigners);
    LOG.info(() -> "Certificate trust: " + verifier.trustList().size() + " signer certificates");
  }

  @Lock(LockType.READ)
  public HcertVerifier verifier() {
    return verifier;
  }

  @Lock(LockType.READ)
  public SigningKeyStore signing() {
    return signing;
  }

  /**
   * The DSC a certificate valid until {@code certificateEnd} is signed with: a new one is made
   * first when the current one would end before the certificate (after about a year).
   */
  public DocumentSigner signerOutliving(Instant certificateEnd) {
    DocumentSigner signer = signing.signerOutliving(certificateEnd);
    if (!ourSigners.contains(signer.certificate().keyId())) {
      LOG.info(() -> "New document signer " + signer.certificate().keyId() + ": the last one ends");
      trustAgain();
    }
    return signer;
  }

  /** An operator makes a new DSC now (e.g. the current key is suspected); the old ones stay. */
  @RolesAllowed("OPERATOR")
  public SignerView rotateSigner() {
    DocumentSigner signer = signing.rotate();
    trustAgain();
    LOG.info(
        () ->
            "New document signer "
                + signer.certificate().keyId()
                + " made by "
                + session.getCallerPrincipal().getName());
    return SignerView.of(signer.certificate(), true);
  }

  /** Our DSCs, newest (current) first. */
  @Lock(LockType.READ)
  @RolesAllowed("OPERATOR")
  public List<SignerView> ourSignerCertificates() {
    List<SignerCertificate> signers = signing.signerCertificates();
    return signers.stream().map(s -> SignerView.of(s, s.equals(signers.get(0)))).toList();
  }

  /**
   * Nodes sharing the key folder and the database: a DSC another node made (renewal or rotation) is
   * trusted here, and signs here, within a minute; so is a trust list another node imported, and so
   * is a revocation another node committed.
   */
  @Schedule(hour = "*", minute = "*", persistent = false)
  void followOtherNodes() {
    revocations.followOtherNodes();
    if (signing.reloadIfChanged()) {
      LOG.info(() -> "Signing keystore changed on disk: now signing with " + currentKeyId());
      trustAgain();
    } else if (foreignSignersInDatabase() != foreignSignersTrusted) {
      LOG.info("Foreign signer certificates imported on another node: trusting them here");
      trustAgain();
    }
  }

  private long foreignSignersInDatabase() {
    return em.createNamedQuery(ForeignSigner.COUNT, Long.class).getSingleResult();
  }

  private String currentKeyId() {
    return signing.currentSigner().certificate().keyId().toString();
  }

  /** Builds the verifier again from our DSCs (in the key folder) and the foreign ones (stored). */
  private void trustAgain() {
    ourSigners = keyIds(signing.signerCertificates());
    verifier = verifier.withTrustList(loadTrustList());
    current.publish(verifier, ourSigners);
  }

  private static Set<KeyId> keyIds(List<SignerCertificate> signers) {
    return signers.stream().map(SignerCertificate::keyId).collect(Collectors.toUnmodifiableSet());
  }

  /** Our signer certificates as a trust list in the EU gateway's shape, for other verifiers. */
  @Lock(LockType.READ)
  public String publishedTrustList() {
    return PublishedTrustList.toJson(COUNTRY, signing.signerCertificates());
  }

  /** Imports another issuer's trust list; entries that do not check out are named and skipped. */
  @RolesAllowed("OPERATOR")
  public TrustImportResult importTrustList(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidRequestException("error.trustListEmpty");
    }
    TrustListImport imported = TrustListImport.read(json);
    int added = 0;
    for (SignerCertificate signer : imported.accepted()) {
      String keyId = signer.keyId().base64();
      if (em.find(ForeignSigner.class, keyId) == null) {
        em.persist(
            new ForeignSigner(
                keyId,
                signer.country().orElse("--"),
                Base64.getEncoder().encodeToString(signer.der()),
                clock.instant(),
                session.getCallerPrincipal().getName()));
        added++;
      }
    }
    em.flush();
    trustAgain();
    return new TrustImportResult(
        imported.accepted().size(),
        added,
        imported.rejected().stream()
            .map(r -> new TrustImportResult.Rejected(r.index(), r.kid().orElse(""), r.reason()))
            .toList());
  }

  /** Our DSCs and the imported ones, noting how many were imported (see followOtherNodes). */
  private TrustList loadTrustList() {
    List<SignerCertificate> foreign =
        em.createNamedQuery(ForeignSigner.ALL, ForeignSigner.class).getResultList().stream()
            .map(s -> SignerCertificate.fromDer(Base64.getDecoder().decode(s.getCertificateDer())))
            .toList();
    foreignSignersTrusted = foreign.size();
    return TrustList.of(signing.signerCertificates()).with(foreign);
  }
}
