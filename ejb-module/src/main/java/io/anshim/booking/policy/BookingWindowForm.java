package io.anshim.booking.policy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an operator sets for a booking window. The operator screen binds to it and the operator API
 * reads it from JSON; times and days are Korea time. The cohort is birth years (from/to) or a
 * priority group, not both; the rotation is all its six fields or none.
 */
public class BookingWindowForm implements Serializable {

  private long version;

  @NotBlank(message = "{policy.window.nameKo.required}")
  @Size(max = 100, message = "{policy.window.name.tooLong}")
  private String nameKo;

  @NotBlank(message = "{policy.window.nameEn.required}")
  @Size(max = 140, message = "{policy.window.name.tooLong}")
  private String nameEn;

  @Min(value = 1900, message = "{policy.window.birthYear.range}")
  @Max(value = 2100, message = "{policy.window.birthYear.range}")
  private Integer bornFromYear;

  @Min(value = 1900, message = "{policy.window.birthYear.range}")
  @Max(value = 2100, message = "{policy.window.birthYear.range}")
  private Integer bornToYear;

  @Pattern(regexp = "^$|^[A-Z][A-Z0-9_]{1,29}$", message = "{policy.window.group.format}")
  private String priorityGroup;

  @NotNull(message = "{policy.window.opensAt.required}")
  private LocalDateTime opensAt;

  @NotNull(message = "{policy.window.closesAt.required}")
  private LocalDateTime closesAt;

  private LocalDate rotationFirstDay;

  @Min(value = 0, message = "{policy.window.rotation.digit}")
  @Max(value = 9, message = "{policy.window.rotation.digit}")
  private Integer rotationFirstDigit;

  private LocalTime rotationOpensAt;
  private LocalTime rotationClosesAt;
  private LocalDate catchUpFirstDay;
  private LocalDate catchUpLastDay;

  private boolean proxyAllowed;
  private List<String> proxyRelationships = new ArrayList<>();
  private List<String> vaccineCodes = new ArrayList<>();

  public BookingWindowForm() {}

  public boolean hasBirthYears() {
    return bornFromYear != null || bornToYear != null;
  }

  public boolean hasPriorityGroup() {
    return priorityGroup != null && !priorityGroup.isBlank();
  }

  public boolean hasRotation() {
    return rotationFields().anyMatch(f -> f != null);
  }

  private Stream<Object> rotationFields() {
    return Stream.of(
        rotationFirstDay,
        rotationFirstDigit,
        rotationOpensAt,
        rotationClosesAt,
        catchUpFirstDay,
        catchUpLastDay);
  }

  @AssertTrue(message = "{policy.window.cohort}")
  public boolean isCohortGiven() {
    return hasBirthYears() != hasPriorityGroup()
        && (!hasBirthYears() || (bornFromYear != null && bornToYear != null));
  }

  @AssertTrue(message = "{policy.window.birthYears.order}")
  public boolean isBirthYearsInOrder() {
    return bornFromYear == null || bornToYear == null || bornFromYear <= bornToYear;
  }

  @AssertTrue(message = "{policy.window.closesAfterOpens}")
  public boolean isClosingAfterOpening() {
    return opensAt == null || closesAt == null || closesAt.isAfter(opensAt);
  }

  @AssertTrue(message = "{policy.window.rotation.complete}")
  public boolean isRotationComplete() {
    return !hasRotation() || rotationFields().allMatch(f -> f != null);
  }

  @AssertTrue(message = "{policy.window.rotation.catchUpAfterRotation}")
  public boolean isCatchUpAfterRotation() {
    return rotationFirstDay == null
        || catchUpFirstDay == null
        || catchUpFirstDay.isAfter(rotationFirstDay.plusDays(9));
  }

  @AssertTrue(message = "{policy.window.rotation.catchUpOrder}")
  public boolean isCatchUpInOrder() {
    return catchUpFirstDay == null
        || catchUpLastDay == null
        || !catchUpLastDay.isBefore(catchUpFirstDay);
  }

  @AssertTrue(message = "{policy.window.proxy.relationshipsRequired}")
  public boolean isProxyRelationshipsGiven() {
    return !proxyAllowed || !proxyRelationships.isEmpty();
  }

  @AssertTrue(message = "{policy.window.proxy.unknownRelationship}")
  public boolean isProxyRelationshipsKnown() {
    return proxyRelationships.stream().allMatch(ProxyRelationship::isCode);
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getNameKo() {
    return nameKo;
  }

  public void setNameKo(String nameKo) {
    this.nameKo = nameKo;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public Integer getBornFromYear() {
    return bornFromYear;
  }

  public void setBornFromYear(Integer bornFromYear) {
    this.bornFromYear = bornFromYear;
  }

  public Integer getBornToYear() {
    return bornToYear;
  }

  public void setBornToYear(Integer bornToYear) {
    this.bornToYear = bornToYear;
  }

  public String getPriorityGroup() {
    return priorityGroup;
  }

  public void setPriorityGroup(String priorityGroup) {
    this.priorityGroup = priorityGroup;
  }

  public LocalDateTime getOpensAt() {
    return opensAt;
  }

  public void setOpensAt(LocalDateTime opensAt) {
    this.opensAt = opensAt;
  }

  public LocalDateTime getClosesAt() {
    return closesAt;
  }

  public void setClosesAt(LocalDateTime closesAt) {
    this.closesAt = closesAt;
  }

  public LocalDate getRotationFirstDay() {
    return rotationFirstDay;
  }

  public void setRotationFirstDay(LocalDate rotationFirstDay) {
    this.rotationFirstDay = rotationFirstDay;
  }

  public Integer getRotationFirstDigit() {
    return rotationFirstDigit;
  }

  public void setRotationFirstDigit(Integer rotationFirstDigit) {
    this.rotationFirstDigit = rotationFirstDigit;
  }

  public LocalTime getRotationOpensAt() {
    return rotationOpensAt;
  }

  public void setRotationOpensAt(LocalTime rotationOpensAt) {
    this.rotationOpensAt = rotationOpensAt;
  }

  public LocalTime getRotationClosesAt() {
    return rotationClosesAt;
  }

  public void setRotationClosesAt(LocalTime rotationClosesAt) {
    this.rotationClosesAt = rotationClosesAt;
  }

  public LocalDate getCatchUpFirstDay() {
    return catchUpFirstDay;
  }

  public void setCatchUpFirstDay(LocalDate catchUpFirstDay) {
    this.catchUpFirstDay = catchUpFirstDay;
  }

  public LocalDate getCatchUpLastDay() {
    return catchUpLastDay;
  }

  public void setCatchUpLastDay(LocalDate catchUpLastDay) {
    this.catchUpLastDay = catchUpLastDay;
  }

  public boolean isProxyAllowed() {
    return proxyAllowed;
  }

  public void setProxyAllowed(boolean proxyAllowed) {
    this.proxyAllowed = proxyAllowed;
  }

  public List<String> getProxyRelationships() {
    return proxyRelationships;
  }

  public void setProxyRelationships(List<String> proxyRelationships) {
    this.proxyRelationships =
        proxyRelationships == null ? new ArrayList<>() : new ArrayList<>(proxyRelationships);
  }

  public List<String> getVaccineCodes() {
    return vaccineCodes;
  }

  public void setVaccineCodes(List<String> vaccineCodes) {
    this.vaccineCodes = vaccineCodes == null ? new ArrayList<>() : new ArrayList<>(vaccineCodes);
  }

  /** Drops the rotation (the screen's "no rotation" choice). */
  public void clearRotation() {
    rotationFirstDay = null;
    rotationFirstDigit = null;
    rotationOpensAt = null;
    rotationClosesAt = null;
    catchUpFirstDay = null;
    catchUpLastDay = null;
  }
}
