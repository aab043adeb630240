package io.anshim.identity;

/**
 * A way for a person to prove who they are: a mobile carrier, a messenger app, a portal, an OpenID
 * Connect server. Every provider is a CDI bean implementing this; the sign-in page offers them all,
 * each with its traffic light.
 */
public interface IdentityProvider {

  /** Short stable id, used in URLs and the message bundle ({@code identity.provider.<id>}). */
  String id();

  ProviderKind kind();

  /** Whether it is configured and may be offered now. */
  default boolean available() {
    return true;
  }

  /**
   * Asks the provider to challenge the applicant (send a code, push an approval request) and
   * returns what to keep until the person answers. May throw {@link ProviderUnavailableException}.
   */
  Challenge start(Applicant applicant, String verificationId);

  /** Whether {@code response} answers the challenge; throws if the provider cannot tell now. */
  boolean complete(Challenge challenge, String response);
}
