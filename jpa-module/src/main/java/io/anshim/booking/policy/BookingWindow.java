package io.anshim.booking.policy;

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
import java.time.LocalTime;

/**
 * When a cohort may book: people born in a range of years, or the members of a priority group,
 * between {@code opensAt} and {@code closesAt}, optionally by the 10-part rotation, optionally by a
 * proxy who states an allowed relationship. The rules themselves live in the services.
 */
@Entity
@Table(name = "booking_window")
@NamedQuery(
    name = BookingWindow.ALL,
    query = "SELECT w FROM BookingWindow w ORDER BY w.opensAt, w.id")
@NamedQuery(
    name = BookingWindow.COVERING,
    query =
        "SELECT w FROM BookingWindow w WHERE (w.bornFromYear <= :year AND w.bornToYear >= :year)"
            + " OR w.priorityGroup IN (SELECT m.groupCode FROM PriorityGroupMember m"
            + " WHERE m.residentNumberHash = :hash) ORDER BY w.opensAt, w.id")
public class BookingWindow {

  public static final String ALL = "BookingWindow.all";
  public static final String COVERING = "BookingWindow.covering";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_window_seq")
  @SequenceGenerator(
      name = "booking_window_seq",
      sequenceName = "booking_window_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "name_ko", nullable = false, length = 100)
  private String nameKo;

  @Column(name = "name_en", nullable = false, length = 140)
  private String nameEn;

  @Column(name = "born_from_year")
  private Integer bornFromYear;

  @Column(name = "born_to_year")
  private Integer bornToYear;

  @Column(name = "priority_group", length = 30)
  private String priorityGroup;

  @Column(name = "opens_at", nullable = false)
  private Instant opensAt;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(name = "rotation_first_day")
  private LocalDate rotationFirstDay;

  @Column(name = "rotation_first_digit")
  private Integer rotationFirstDigit;

  @Column(name = "rotation_opens_at")
  private LocalTime rotationOpensAt;

  @Column(name = "rotation_closes_at")
  private LocalTime rotationClosesAt;

  @Column(name = "catch_up_first_day")
  private LocalDate catchUpFirstDay;

  @Column(name = "catch_up_last_day")
  private LocalDate catchUpLastDay;

  @Column(name = "proxy_allowed", nullable = false)
  private boolean proxyAllowed;

  /** Comma-separated relationship codes a proxy may state; empty when proxy is not allowed. */
  @Column(name = "proxy_relationships", nullable = false, length = 200)
  private String proxyRelationships = "";

  /** Comma-separated vaccine codes offered; empty means every vaccine. */
  @Column(name = "vaccine_codes", nullable = false, length = 200)
  private String vaccineCodes = "";

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected BookingWindow() {}

  public BookingWindow(Instant createdAt) {
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  /** The cohort: a range of birth years, or (with null years) a priority group. */
  public void cohort(Integer bornFromYear, Integer bornToYear, String priorityGroup) {
    this.bornFromYear = bornFromYear;
    this.bornToYear = bornToYear;
    this.priorityGroup = priorityGroup;
  }

  public void rename(String nameKo, String nameEn) {
    this.nameKo = nameKo;
    this.nameEn = nameEn;
  }

  public void openBetween(Instant opensAt, Instant closesAt) {
    this.opensAt = opensAt;
    this.closesAt = closesAt;
  }

  /** The 10-part rotation, or all nulls for none. Days and times are Korea time. */
  public void rotation(
      LocalDate firstDay,
      Integer firstDigit,
      LocalTime dailyOpensAt,
      LocalTime dailyClosesAt,
      LocalDate catchUpFirstDay,
      LocalDate catchUpLastDay) {
    this.rotationFirstDay = firstDay;
    this.rotationFirstDigit = firstDigit;
    this.rotationOpensAt = dailyOpensAt;
    this.rotationClosesAt = dailyClosesAt;
    this.catchUpFirstDay = catchUpFirstDay;
    this.catchUpLastDay = catchUpLastDay;
  }

  public void proxy(boolean allowed, String relationships) {
    this.proxyAllowed = allowed;
    this.proxyRelationships = relationships == null ? "" : relationships;
  }

  public void offer(String vaccineCodes) {
    this.vaccineCodes = vaccineCodes == null ? "" : vaccineCodes;
  }

  public void changedAt(Instant at) {
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getNameKo() {
    return nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }

  public Integer getBornFromYear() {
    return bornFromYear;
  }

  public Integer getBornToYear() {
    return bornToYear;
  }

  public String getPriorityGroup() {
    return priorityGroup;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public LocalDate getRotationFirstDay() {
    return rotationFirstDay;
  }

  public Integer getRotationFirstDigit() {
    return rotationFirstDigit;
  }

  public LocalTime getRotationOpensAt() {
    return rotationOpensAt;
  }

  public LocalTime getRotationClosesAt() {
    return rotationClosesAt;
  }

  public LocalDate getCatchUpFirstDay() {
    return catchUpFirstDay;
  }

  public LocalDate getCatchUpLastDay() {
    return catchUpLastDay;
  }

  public boolean isProxyAllowed() {
    return proxyAllowed;
  }

  public String getProxyRelationships() {
    return proxyRelationships;
  }

  public String getVaccineCodes() {
    return vaccineCodes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
