package io.anshim.certificate.partner;

import io.anshim.identity.CitizenCaller;
import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Partner apps that show a citizen's certificate in their own app: operators register them, they
 * get OAuth 2 access tokens with client credentials, citizens consent once per app (handing the app
 * a grant code) and may withdraw; every fetch is logged for the citizen to see.
 */
@Local
public interface PartnerApps {

  /** Operator: registers an app; the secret is shown this once. */
  RegisteredPartner register(String name);

  List<PartnerView> partners();

  /** The access token for the client's credentials; empty if they do not match. */
  Optional<AccessToken> token(String clientId, String clientSecret);

  /** The client a bearer token stands for; empty if it is not a valid, current token of ours. */
  Optional<String> clientOf(String bearerToken);

  /**
   * The consenting citizen's latest domestic certificate for the client: the one the portal would
   * serve the citizen now, for their latest recorded dose (issued and anchored first if the portal
   * has not issued it yet). Logged under the consent.
   */
  PartnerCertificate latestCertificate(String clientId, String consentGrant);

  /** The citizen consents that the app may fetch their certificate; the grant is shown once. */
  ConsentGranted consent(CitizenCaller caller, String clientId);

  List<ConsentView> consents(CitizenCaller caller);

  void withdraw(CitizenCaller caller, String consentId);

  record RegisteredPartner(String clientId, String clientSecret, String name)
      implements Serializable {}

  record PartnerView(String clientId, String name) implements Serializable {}

  record AccessToken(String accessToken, String tokenType, long expiresIn)
      implements Serializable {}

  record PartnerCertificate(String uvci, String text, Instant expiresAt) implements Serializable {}

  record ConsentGranted(String consentId, String clientId, String grant) implements Serializable {}

  record ConsentView(
      String consentId,
      String clientId,
      String partnerName,
      Instant grantedAt,
      Instant withdrawnAt,
      List<Instant> fetches)
      implements Serializable {
    public boolean active() {
      return withdrawnAt == null;
    }
  }
}
