package io.anshim.identity;

import jakarta.ejb.Local;
import java.util.List;

/** Signing citizens in by identity verification through the provider they pick. */
@Local
public interface IdentityVerifications {

  /** Every provider with its live traffic light, in the order the sign-in page shows them. */
  List<ProviderStatus> providers();

  /** Asks the provider to challenge the applicant; refuses bad input, lockouts and rate limits. */
  VerificationStarted start(String providerId, ApplicantForm applicant, String clientAddress);

  /** The person's answer (code, or the approval token of the messenger app's link). */
  VerificationStarted answer(String verificationId, String response);

  /**
   * Signs in with a verified verification: finds or registers the citizen, ends their older
   * session, opens a new one.
   */
  SignedIn signIn(String verificationId, SessionDevice device);
}
