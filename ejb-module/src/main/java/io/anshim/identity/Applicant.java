package io.anshim.identity;

import io.anshim.shared.InvalidRequestException;
import java.time.LocalDate;
import java.util.Objects;

/** Who a person says they are when they ask a provider to verify it. */
public record Applicant(String name, ResidentNumber residentNumber, MobileNumber mobile) {

  public Applicant {
    Objects.requireNonNull(residentNumber);
    Objects.requireNonNull(mobile);
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > 40) {
      throw new InvalidRequestException("error.identity.nameRequired");
    }
  }

  /** Reads what a person typed; refuses what cannot be a name, resident number or mobile number. */
  public static Applicant parse(
      String name, String residentNumber, String mobile, LocalDate today) {
    return new Applicant(
        name, ResidentNumber.parse(residentNumber, today), MobileNumber.parse(mobile));
  }

  /** One line for sealing: the three values, tab-separated. */
  String toSealable() {
    return name.replace('\t', ' ') + "\t" + residentNumber.digits() + "\t" + mobile.value();
  }

  static Applicant fromSealable(String text, LocalDate today) {
    String[] parts = text.split("\t", -1);
    return new Applicant(
        parts[0], ResidentNumber.parse(parts[1], today), MobileNumber.parse(parts[2]));
  }

  @Override
  public String toString() {
    return "Applicant[" + residentNumber.masked() + "]";
  }
}
