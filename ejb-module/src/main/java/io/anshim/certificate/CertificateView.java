package io.anshim.certificate;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen's own certificate as the portal shows it: the "HC1:" text for the QR, what it states
 * (name, birth date, latest dose) and where it is anchored in the ledger. {@code newlyIssued} is
 * false when the portal served the same certificate again because nothing had changed.
 */
public record CertificateView(
    String uvci,
    String kind,
    String text,
    String holderName,
    String holderNameLatin,
    LocalDate dateOfBirth,
    int doseNumber,
    int dosesInSeries,
    LocalDate vaccinatedOn,
    String vaccineCode,
    String vaccineNameKo,
    String vaccineNameEn,
    Instant issuedAt,
    Instant expiresAt,
    long ledgerIndex,
    long checkpointSize,
    boolean revoked,
    boolean newlyIssued)
    implements Serializable {

  public boolean international() {
    return "INTERNATIONAL".equals(kind);
  }
}
