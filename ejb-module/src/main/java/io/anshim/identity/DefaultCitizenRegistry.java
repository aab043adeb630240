package io.anshim.identity;

import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

@Stateless
@PermitAll
public class DefaultCitizenRegistry implements CitizenRegistry {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Inject private CitizenRepository repository;
  @Inject private PersonalDataVault vault;
  @Inject private Clock clock;

  @Override
  public CitizenProfile consentedProfile(long citizenId) {
    Citizen citizen =
        repository
            .citizen(citizenId)
            .orElseThrow(() -> new NotFoundException("error.identity.unknownCitizen"));
    return CitizenProfiles.of(citizen, vault.cipher(), clock);
  }

  @Override
  public RegisteredPerson findOrRegister(
      long bookerCitizenId, String name, String residentNumber, String mobile) {
    Instant now = clock.instant();
    Citizen booker =
        repository
            .citizen(bookerCitizenId)
            .orElseThrow(() -> new NotFoundException("error.identity.unknownCitizen"));
    PersonalDataCipher cipher = vault.cipher();
    String contact =
        mobile == null || mobile.isBlank()
            ? cipher.open(DefaultIdentityVerifications.MOBILE, booker.getMobileSealed())
            : mobile;
    Applicant person =
        Applicant.parse(name, residentNumber, contact, LocalDate.ofInstant(now, KOREA));
    String hash = vault.residentNumberHash(person.residentNumber());
    Citizen known = repository.citizenByResidentNumberHash(hash).orElse(null);
    if (known != null) {
      String sealedName = cipher.open(DefaultIdentityVerifications.NAME, known.getNameSealed());
      if (!sealedName.equals(person.name())) {
        throw new InvalidRequestException("error.identity.nameDoesNotMatch");
      }
      return new RegisteredPerson(
          known.getId(), person.residentNumber().masked(), known.getBirthDate(), false);
    }
    Citizen registered =
        new Citizen(
            hash,
            cipher.seal(
                DefaultIdentityVerifications.RESIDENT_NUMBER, person.residentNumber().digits()),
            cipher.seal(DefaultIdentityVerifications.NAME, person.name()),
            cipher.seal(DefaultIdentityVerifications.MOBILE, person.mobile().value()),
            person.residentNumber().birthDate(),
            now);
    repository.add(registered);
    return new RegisteredPerson(
        registered.getId(), person.residentNumber().masked(), registered.getBirthDate(), true);
  }
}
