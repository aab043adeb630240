package io.anshim.certificate;

import io.anshim.ledger.Anchor;
import io.anshim.ledger.EntryKind;
import io.anshim.ledger.LedgerAnchor;
import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

@Stateless
@RolesAllowed("OPERATOR")
public class DefaultCertificateRevocations implements CertificateRevocations {

  static final int MAX_REASON = 200;

  @Inject private LedgerAnchor anchors;
  @Inject private Clock clock;
  @Inject private Event<CertificateRevoked> revoked;
  @Resource private SessionContext session;

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Override
  public CertificateStatus status(String uvci) {
    return CertificateStatus.of(find(uvci, LockModeType.NONE));
  }

  @Override
  public CertificateStatus revoke(String uvci, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 3 || why.length() > MAX_REASON) {
      throw new InvalidRequestException("error.certificate.revocationReason", MAX_REASON);
    }
    // the lock makes a second operator's revocation wait, then see the first and refuse
    CertificateRecord record = find(uvci, LockModeType.PESSIMISTIC_WRITE);
    if (record.isRevoked()) {
      throw new ConflictException("error.certificate.alreadyRevoked");
    }
    Instant now = clock.instant();
    String operator = session.getCallerPrincipal().getName();
    Anchor anchor =
        anchors.anchor(EntryKind.CERTIFICATE_REVOKED, revocationRecord(record, now, why));
    record.revoke(now, why, operator, HexFormat.of().formatHex(anchor.salt()), anchor.index());
    revoked.fire(new CertificateRevoked(record.getUvci()));
    return CertificateStatus.of(record);
  }

  /** What the revocation's commitment is to: which certificate, when, why. */
  static byte[] revocationRecord(CertificateRecord record, Instant at, String reason) {
    return String.join("\n", record.getUvci(), String.valueOf(at.toEpochMilli()), reason)
        .getBytes(StandardCharsets.UTF_8);
  }

  private CertificateRecord find(String uvci, LockModeType lock) {
    String id = uvci == null ? "" : uvci.strip();
    CertificateRecord record = id.isEmpty() ? null : em.find(CertificateRecord.class, id, lock);
    if (record == null) {
      throw new NotFoundException("error.certificate.unknown");
    }
    return record;
  }
}
