package io.anshim.identity;

import io.anshim.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Opens a person's sealed name and resident number for staff who serve them in person (the
 * vaccinator checking who stands in front of them). The resident number leaves only masked. Callers
 * are services that already checked the staff member's role and center.
 */
@ApplicationScoped
public class CitizenCards {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Inject private CitizenRepository repository;
  @Inject private PersonalDataVault vault;
  @Inject private Clock clock;

  public CitizenCard of(long citizenId) {
    Citizen citizen =
        repository
            .citizen(citizenId)
            .orElseThrow(() -> new NotFoundException("error.identity.unknownCitizen"));
    PersonalDataCipher cipher = vault.cipher();
    String digits =
        cipher.open(
            DefaultIdentityVerifications.RESIDENT_NUMBER, citizen.getResidentNumberSealed());
    return new CitizenCard(
        citizenId,
        cipher.open(DefaultIdentityVerifications.NAME, citizen.getNameSealed()),
        ResidentNumber.parse(digits, LocalDate.now(clock.withZone(KOREA))).masked());
  }
}
