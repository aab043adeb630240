package io.anshim.identity;

import jakarta.inject.Inject;
import java.security.SecureRandom;

/**
 * The providers built into the demo. They behave like the real kinds, deliver through the SMS
 * outbox, and obey the operator's simulated latency and failure rate (to exercise the traffic
 * light).
 */
abstract class EmbeddedProvider implements IdentityProvider {

  static final String RESPONSE = "identity-response";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PersonalDataVault vault;
  @Inject SmsOutbox outbox;
  @Inject ProviderTraffic traffic;

  @Override
  public Challenge start(Applicant applicant, String verificationId) {
    traffic.simulation(id()).act(id());
    return challenge(applicant, verificationId);
  }

  abstract Challenge challenge(Applicant applicant, String verificationId);

  @Override
  public boolean complete(Challenge challenge, String response) {
    traffic.simulation(id()).act(id());
    String answer = response == null ? "" : response.strip().toUpperCase(java.util.Locale.ROOT);
    return vault
        .cipher()
        .matches(RESPONSE, challenge.verificationId() + ":" + answer, challenge.responseHash());
  }

  Challenge expect(String verificationId, String answer, Challenge.Expects expects) {
    return new Challenge(
        verificationId, vault.cipher().hash(RESPONSE, verificationId + ":" + answer), expects);
  }

  static String randomFrom(String alphabet, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
