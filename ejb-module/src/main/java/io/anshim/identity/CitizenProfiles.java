package io.anshim.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A citizen's profile opened from their sealed row: the resident number only ever masked. */
final class CitizenProfiles {

  private CitizenProfiles() {}

  static CitizenProfile of(Citizen citizen, PersonalDataCipher cipher, Clock clock) {
    String digits =
        cipher.open(
            DefaultIdentityVerifications.RESIDENT_NUMBER, citizen.getResidentNumberSealed());
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Seoul")));
    return new CitizenProfile(
        citizen.getId(),
        cipher.open(DefaultIdentityVerifications.NAME, citizen.getNameSealed()),
        ResidentNumber.parse(digits, today).masked(),
        citizen.getBirthDate(),
        cipher.open(DefaultIdentityVerifications.MOBILE, citizen.getMobileSealed()),
        citizen.getRegisteredAt());
  }
}
