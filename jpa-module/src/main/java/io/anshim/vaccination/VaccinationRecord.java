package io.anshim.vaccination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A dose given to a person, recorded by the vaccinator who gave it: what certificates are issued
 * from. Immutable once written (so Hibernate checks no loaded record at a flush); the database
 * holds one record per person and dose number.
 */
@Entity
@Immutable
@Table(name = "vaccination_record")
public class VaccinationRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vaccination_record_seq")
  @SequenceGenerator(
      name = "vaccination_record_seq",
      sequenceName = "vaccination_record_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "citizen_id", nullable = false, updatable = false)
  private long citizenId;

  @Column(name = "booking_id", updatable = false)
  private Long bookingId;

  @Column(name = "center_id", nullable = false, updatable = false)
  private long centerId;

  @Column(name = "vaccine_code", nullable = false, updatable = false, length = 20)
  private String vaccineCode;

  @Column(name = "lot_number", nullable = false, updatable = false, length = 40)
  private String lotNumber;

  @Column(name = "dose_number", nullable = false, updatable = false)
  private int doseNumber;

  @Column(name = "doses_in_series", nullable = false, updatable = false)
  private int dosesInSeries;

  @Column(name = "vaccinated_at", nullable = false, updatable = false)
  private Instant vaccinatedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 80)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected VaccinationRecord() {}

  public VaccinationRecord(
      long citizenId,
      Long bookingId,
      long centerId,
      String vaccineCode,
      String lotNumber,
      int doseNumber,
      int dosesInSeries,
      Instant vaccinatedAt,
      String recordedBy,
      Instant recordedAt) {
    if (dosesInSeries < 1 || dosesInSeries > 3 || doseNumber < 1 || doseNumber > dosesInSeries) {
      throw new IllegalArgumentException(
          "dose " + doseNumber + " of " + dosesInSeries + " is not a dose of a series");
    }
    this.citizenId = citizenId;
    this.bookingId = bookingId;
    this.centerId = centerId;
    this.vaccineCode = Objects.requireNonNull(vaccineCode, "vaccineCode");
    this.lotNumber = Objects.requireNonNull(lotNumber, "lotNumber");
    this.doseNumber = doseNumber;
    this.dosesInSeries = dosesInSeries;
    this.vaccinatedAt = Objects.requireNonNull(vaccinatedAt, "vaccinatedAt");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public Long getId() {
    return id;
  }

  public long getCitizenId() {
    return citizenId;
  }

  public Long getBookingId() {
    return bookingId;
  }

  public long getCenterId() {
    return centerId;
  }

  public String getVaccineCode() {
    return vaccineCode;
  }

  public String getLotNumber() {
    return lotNumber;
  }

  public int getDoseNumber() {
    return doseNumber;
  }

  public int getDosesInSeries() {
    return dosesInSeries;
  }

  /** Whether this dose completes the primary series (dose n of n). */
  public boolean completesSeries() {
    return doseNumber == dosesInSeries;
  }

  public Instant getVaccinatedAt() {
    return vaccinatedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
