package io.anshim.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A standard OpenID Connect server (authorization code flow with PKCE, Nimbus OIDC SDK). The person
 * says who they are here, signs in at the server, and comes back with a code; the ID token's {@code
 * name}, {@code birthdate} and {@code phone_number} claims must match what they said. Configured in
 * the server configuration (system properties {@code anshim.identity.oidc.issuer}, {@code
 * .client-id}, {@code .client-secret}, {@code .redirect-uri}); offered only when the issuer and the
 * redirect URI are set. The PKCE verifier and the nonce are derived from the verification id with
 * the server's key, so nothing secret waits in the database.
 */
@ApplicationScoped
public class OidcProvider implements IdentityProvider {

  public static final String ID = "oidc";
  static final String CLAIMS = "oidc-claims";
  private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
  private static final int TIMEOUT_MILLIS = 5000;

  @Inject PersonalDataVault vault;

  private final Map<String, OIDCProviderMetadata> metadata = new ConcurrentHashMap<>();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public ProviderKind kind() {
    return ProviderKind.OIDC;
  }

  @Override
  public boolean available() {
    return setting("issuer") != null && setting("redirect-uri") != null;
  }

  @Override
  public Challenge start(Applicant applicant, String verificationId) {
    OIDCProviderMetadata server = metadata();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "profile", "phone"),
                clientId(),
                redirectUri())
            .endpointURI(server.getAuthorizationEndpointURI())
            .state(new State(verificationId))
            .nonce(nonce(verificationId))
            .codeChallenge(verifier(verificationId), CodeChallengeMethod.S256)
            .build();
    return new Challenge(
        verificationId,
        vault
            .cipher()
            .hash(
                CLAIMS,
                claimsOf(
                    applicant.name(),
                    applicant.residentNumber().birthDate().toString(),
                    applicant.mobile())),
        Challenge.Expects.REDIRECT,
        request.toURI().toString());
  }

  @Override
  public boolean complete(Challenge challenge, String code) {
    if (code == null || code.isBlank()) {
      return false;
    }
    OIDCProviderMetadata server = metadata();
    String id = challenge.verificationId();
    try {
      TokenRequest request =
          new TokenRequest(
              server.getTokenEndpointURI(),
              new ClientSecretBasic(
                  clientId(), new Secret(setting("client-secret", "anshim-secret"))),
              new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri(), verifier(id)));
      var http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MILLIS);
      http.setReadTimeout(TIMEOUT_MILLIS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        return false; // a wrong, used or expired code
      }
      var idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
      IDTokenClaimsSet claims =
          new IDTokenValidator(
                  server.getIssuer(), clientId(), JWSAlgorithm.RS256, server.getJWKSetURI().toURL())
              .validate(idToken, nonce(id));
      MobileNumber mobile = mobileOf(claims.getStringClaim("phone_number"));
      return mobile != null
          && vault
              .cipher()
              .matches(
                  CLAIMS,
                  claimsOf(
                      claims.getStringClaim("name"), claims.getStringClaim("birthdate"), mobile),
                  challenge.responseHash());
    } catch (BadJOSEException | JOSEException forged) {
      LOG.log(Level.WARNING, "ID token refused for verification " + id, forged);
      return false;
    } catch (IOException | ParseException down) {
      throw new ProviderUnavailableException(ID);
    }
  }

  private OIDCProviderMetadata metadata() {
    String issuer = setting("issuer");
    if (issuer == null) {
      throw new ProviderUnavailableException(ID);
    }
    try {
      return metadata.computeIfAbsent(issuer, this::discover);
    } catch (IllegalStateException down) {
      throw new ProviderUnavailableException(ID);
    }
  }

  private OIDCProviderMetadata discover(String issuer) {
    try {
      return OIDCProviderMetadata.resolve(new Issuer(issuer), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
    } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
      throw new IllegalStateException("OpenID Connect discovery failed for " + issuer, e);
    }
  }

  private static String claimsOf(String name, String birthDate, MobileNumber mobile) {
    return (name == null ? "" : name.strip()) + "|" + birthDate + "|" + mobile.value();
  }

  /** Reads "010-1234-5678", "01012345678" or "+82 10-1234-5678"; null if none of these. */
  static MobileNumber mobileOf(String phoneNumber) {
    if (phoneNumber == null) {
      return null;
    }
    String national = phoneNumber.strip().replaceFirst("^\\+82[- ]?", "0");
    try {
      return MobileNumber.parse(national);
    } catch (io.anshim.shared.InvalidRequestException notMobile) {
      return null;
    }
  }

  private CodeVerifier verifier(String verificationId) {
    return new CodeVerifier(vault.cipher().hash("oidc-pkce", verificationId));
  }

  private Nonce nonce(String verificationId) {
    return new Nonce(vault.cipher().hash("oidc-nonce", verificationId));
  }

  private static ClientID clientId() {
    return new ClientID(setting("client-id", "anshim"));
  }

  private static URI redirectUri() {
    return URI.create(setting("redirect-uri"));
  }

  private static String setting(String name) {
    String value = System.getProperty("anshim.identity.oidc." + name);
    return value == null || value.isBlank() ? null : value;
  }

  private static String setting(String name, String fallback) {
    String value = setting(name);
    return value == null ? fallback : value;
  }
}
