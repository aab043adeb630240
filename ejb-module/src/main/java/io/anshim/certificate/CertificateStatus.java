package io.anshim.certificate;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an operator sees of an issued certificate: no name, no birth date, only what a revocation
 * decision needs and where the certificate and its revocation are in the ledger.
 */
public record CertificateStatus(
    String uvci,
    String kind,
    int doseNumber,
    int dosesInSeries,
    Instant issuedAt,
    Instant expiresAt,
    long ledgerIndex,
    long checkpointSize,
    boolean revoked,
    Instant revokedAt,
    String revocationReason,
    String revokedBy,
    Long revocationLedgerIndex)
    implements Serializable {

  static CertificateStatus of(CertificateRecord record) {
    return new CertificateStatus(
        record.getUvci(),
        record.getKind().name(),
        record.getDoseNumber(),
        record.getDosesInSeries(),
        record.getIssuedAt(),
        record.getExpiresAt(),
        record.getLedgerIndex(),
        record.getCheckpointSize(),
        record.isRevoked(),
        record.getRevokedAt(),
        record.getRevocationReason(),
        record.getRevokedBy(),
        record.getRevocationLedgerIndex());
  }
}
