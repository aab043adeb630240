package io.anshim.certificate.issuance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a certificate is for, and nothing more than it states: name, birth date and, for the
 * international version, the ICAO Latin name and the passport number. No resident number.
 */
public record CertificateHolder(
    String familyName,
    String givenName,
    IcaoName familyNameLatin,
    Optional<IcaoName> givenNameLatin,
    LocalDate dateOfBirth,
    Optional<String> passportNumber) {

  public CertificateHolder {
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(familyNameLatin, "familyNameLatin");
    Objects.requireNonNull(givenNameLatin, "givenNameLatin");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(passportNumber, "passportNumber");
    if (familyName.isBlank() || familyName.length() > 80 || givenName.length() > 80) {
      throw new IllegalArgumentException("names are 1 to 80 characters");
    }
    passportNumber.ifPresent(
        p -> {
          if (!p.matches("[A-Z0-9]{5,20}")) {
            throw new IllegalArgumentException("not a passport number: " + p);
          }
        });
  }

  public boolean isInternational() {
    return passportNumber.isPresent();
  }
}
