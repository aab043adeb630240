package io.anshim.identity;

import jakarta.ejb.Local;

/**
 * Finding a person who is not the caller: a family member or caregiver booking for someone names
 * them by name and resident number (nothing about the person is shown back but the masked number);
 * a partner app acting on a citizen's consent reads the profile its certificate states.
 */
@Local
public interface CitizenRegistry {

  /**
   * The citizen with this resident number, registered now if they never signed in (with {@code
   * mobile}, or the booker's own mobile number when blank, for the confirmation messages). A known
   * person whose sealed name differs from {@code name} is refused, so a resident number alone finds
   * nobody.
   */
  RegisteredPerson findOrRegister(
      long bookerCitizenId, String name, String residentNumber, String mobile);

  /**
   * The profile of a citizen a service acts for on their recorded consent (a partner app fetching
   * their certificate), without their session: the caller has checked the consent.
   */
  CitizenProfile consentedProfile(long citizenId);

  /** A person found or registered for a proxy booking. */
  record RegisteredPerson(
      long citizenId,
      String maskedResidentNumber,
      java.time.LocalDate birthDate,
      boolean registered)
      implements java.io.Serializable {}
}
