package io.anshim.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person who verified their identity at least once. Personal data is held sealed (AES-256-GCM,
 * see the services' PersonalDataVault): the resident number is found by a keyed hash only, and its
 * sealed copy is opened for a lawful need only. The entity never sees a clear resident number.
 */
@Entity
@Table(name = "citizen")
@NamedQuery(
    name = Citizen.BY_RESIDENT_NUMBER_HASH,
    query = "SELECT c FROM Citizen c WHERE c.residentNumberHash = :hash")
public class Citizen {

  public static final String BY_RESIDENT_NUMBER_HASH = "Citizen.byResidentNumberHash";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_seq")
  @SequenceGenerator(name = "citizen_seq", sequenceName = "citizen_seq", allocationSize = 50)
  private Long id;

  /** HMAC-SHA-256 of the 13 digits with the server's secret, hex: finds the person. */
  @Column(name = "resident_number_hash", nullable = false, unique = true, length = 64)
  private String residentNumberHash;

  @Column(name = "resident_number_sealed", nullable = false, length = 200)
  private String residentNumberSealed;

  @Column(name = "name_sealed", nullable = false, length = 300)
  private String nameSealed;

  @Column(name = "mobile_sealed", nullable = false, length = 200)
  private String mobileSealed;

  /**
   * Kept in clear on purpose: the 10-part booking rotation (by the last digit of the birth date)
   * and age-based booking windows select people by it, and on its own it identifies nobody.
   */
  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "last_signed_in_at")
  private Instant lastSignedInAt;

  @Version private long version;

  protected Citizen() {}

  public Citizen(
      String residentNumberHash,
      String residentNumberSealed,
      String nameSealed,
      String mobileSealed,
      LocalDate birthDate,
      Instant registeredAt) {
    this.residentNumberHash = Objects.requireNonNull(residentNumberHash);
    this.residentNumberSealed = Objects.requireNonNull(residentNumberSealed);
    this.nameSealed = Objects.requireNonNull(nameSealed);
    this.mobileSealed = Objects.requireNonNull(mobileSealed);
    this.birthDate = Objects.requireNonNull(birthDate);
    this.registeredAt = Objects.requireNonNull(registeredAt);
  }

  /** A verified sign-in: the provider vouched for the name and mobile number just now. */
  public void signedIn(String verifiedNameSealed, String verifiedMobileSealed, Instant at) {
    this.nameSealed = Objects.requireNonNull(verifiedNameSealed);
    this.mobileSealed = Objects.requireNonNull(verifiedMobileSealed);
    this.lastSignedInAt = at;
  }

  public void changeMobile(String mobileSealed) {
    this.mobileSealed = Objects.requireNonNull(mobileSealed);
  }

  public Long getId() {
    return id;
  }

  public String getResidentNumberHash() {
    return residentNumberHash;
  }

  public String getResidentNumberSealed() {
    return residentNumberSealed;
  }

  public String getNameSealed() {
    return nameSealed;
  }

  public String getMobileSealed() {
    return mobileSealed;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getLastSignedInAt() {
    return lastSignedInAt;
  }

  public long getVersion() {
    return version;
  }
}
