package io.anshim.booking.policy;

import io.anshim.booking.TenPartRotation;
import io.anshim.shared.Localized;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** Between the stored window, the rules' view of it, and what screens and APIs show. */
final class PolicyWindows {

  private PolicyWindows() {}

  static CohortWindow rules(BookingWindow w) {
    return new CohortWindow(
        w.getId(),
        new Localized(w.getNameKo(), w.getNameEn()),
        w.getBornFromYear(),
        w.getBornToYear(),
        w.getPriorityGroup(),
        w.getOpensAt(),
        w.getClosesAt(),
        rotationOf(w),
        w.isProxyAllowed(),
        ProxyRelationship.split(w.getProxyRelationships()),
        codes(w.getVaccineCodes()));
  }

  static TenPartRotation rotationOf(BookingWindow w) {
    if (w.getRotationFirstDay() == null) {
      return null;
    }
    return new TenPartRotation(
        w.getRotationFirstDay(),
        w.getRotationFirstDigit(),
        w.getRotationOpensAt(),
        w.getRotationClosesAt(),
        w.getCatchUpFirstDay(),
        w.getCatchUpLastDay(),
        CohortWindow.KOREA);
  }

  static List<String> codes(String stored) {
    return stored == null || stored.isBlank()
        ? List.of()
        : Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static BookingWindowView view(BookingWindow w) {
    return new BookingWindowView(
        w.getId(),
        new Localized(w.getNameKo(), w.getNameEn()),
        w.getBornFromYear(),
        w.getBornToYear(),
        w.getPriorityGroup(),
        local(w.getOpensAt()),
        local(w.getClosesAt()),
        w.getRotationFirstDay(),
        w.getRotationFirstDigit(),
        w.getRotationOpensAt(),
        w.getRotationClosesAt(),
        w.getCatchUpFirstDay(),
        w.getCatchUpLastDay(),
        w.isProxyAllowed(),
        ProxyRelationship.split(w.getProxyRelationships()).stream().map(Enum::name).toList(),
        codes(w.getVaccineCodes()),
        w.getVersion());
  }

  static BookingWindowForm form(BookingWindow w) {
    BookingWindowForm form = new BookingWindowForm();
    form.setVersion(w.getVersion());
    form.setNameKo(w.getNameKo());
    form.setNameEn(w.getNameEn());
    form.setBornFromYear(w.getBornFromYear());
    form.setBornToYear(w.getBornToYear());
    form.setPriorityGroup(w.getPriorityGroup());
    form.setOpensAt(local(w.getOpensAt()));
    form.setClosesAt(local(w.getClosesAt()));
    form.setRotationFirstDay(w.getRotationFirstDay());
    form.setRotationFirstDigit(w.getRotationFirstDigit());
    form.setRotationOpensAt(w.getRotationOpensAt());
    form.setRotationClosesAt(w.getRotationClosesAt());
    form.setCatchUpFirstDay(w.getCatchUpFirstDay());
    form.setCatchUpLastDay(w.getCatchUpLastDay());
    form.setProxyAllowed(w.isProxyAllowed());
    form.setProxyRelationships(
        ProxyRelationship.split(w.getProxyRelationships()).stream().map(Enum::name).toList());
    form.setVaccineCodes(codes(w.getVaccineCodes()));
    return form;
  }

  /** Applies a validated form. */
  static void apply(BookingWindowForm form, BookingWindow w) {
    w.rename(form.getNameKo().strip(), form.getNameEn().strip());
    if (form.hasBirthYears()) {
      w.cohort(form.getBornFromYear(), form.getBornToYear(), null);
    } else {
      w.cohort(null, null, form.getPriorityGroup().strip());
    }
    w.openBetween(
        form.getOpensAt().atZone(CohortWindow.KOREA).toInstant(),
        form.getClosesAt().atZone(CohortWindow.KOREA).toInstant());
    if (form.hasRotation()) {
      w.rotation(
          form.getRotationFirstDay(),
          form.getRotationFirstDigit(),
          form.getRotationOpensAt(),
          form.getRotationClosesAt(),
          form.getCatchUpFirstDay(),
          form.getCatchUpLastDay());
    } else {
      w.rotation(null, null, null, null, null, null);
    }
    w.proxy(
        form.isProxyAllowed(),
        form.isProxyAllowed() ? String.join(",", form.getProxyRelationships()) : "");
    w.offer(String.join(",", form.getVaccineCodes().stream().distinct().toList()));
  }

  /** One line for the audit trail. */
  static String describe(BookingWindow w) {
    StringBuilder text = new StringBuilder();
    text.append('"').append(w.getNameEn()).append("\" ");
    if (w.getPriorityGroup() != null) {
      text.append("group ").append(w.getPriorityGroup());
    } else {
      text.append("born ").append(w.getBornFromYear()).append('-').append(w.getBornToYear());
    }
    text.append(", open ")
        .append(local(w.getOpensAt()))
        .append(" to ")
        .append(local(w.getClosesAt()))
        .append(" KST");
    if (w.getRotationFirstDay() != null) {
      text.append(", rotation from ")
          .append(w.getRotationFirstDay())
          .append(" digit ")
          .append(w.getRotationFirstDigit())
          .append(' ')
          .append(w.getRotationOpensAt())
          .append('-')
          .append(w.getRotationClosesAt())
          .append(", catch-up ")
          .append(w.getCatchUpFirstDay())
          .append(" to ")
          .append(w.getCatchUpLastDay());
    }
    text.append(w.isProxyAllowed() ? ", proxy " + w.getProxyRelationships() : ", self only");
    if (!w.getVaccineCodes().isEmpty()) {
      text.append(", vaccines ").append(w.getVaccineCodes());
    }
    return text.toString();
  }

  private static LocalDateTime local(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, CohortWindow.KOREA);
  }
}
