package io.anshim.booking.policy;

import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** A booking window as operators see it; times and days are Korea time. */
public record BookingWindowView(
    long id,
    Localized name,
    Integer bornFromYear,
    Integer bornToYear,
    String priorityGroup,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    LocalDate rotationFirstDay,
    Integer rotationFirstDigit,
    LocalTime rotationOpensAt,
    LocalTime rotationClosesAt,
    LocalDate catchUpFirstDay,
    LocalDate catchUpLastDay,
    boolean proxyAllowed,
    List<String> proxyRelationships,
    List<String> vaccineCodes,
    long version)
    implements Serializable {

  public boolean rotation() {
    return rotationFirstDay != null;
  }
}
