package io.anshim.certificate.api;

import io.anshim.certificate.partner.PartnerApps;
import io.anshim.certificate.partner.PartnerApps.AccessToken;
import io.anshim.certificate.partner.PartnerApps.PartnerCertificate;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The partner-app API. Token endpoint per RFC 6749 §4.4, the client authenticating with the form
 * fields client_id and client_secret (§2.3.1; HTTP Basic is taken by the server's staff
 * authentication); the certificate endpoint takes the bearer token and the grant code the citizen
 * handed the app when consenting.
 */
@Path("partner")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

  @Inject private PartnerApps partners;

  /** What an app sends with its token: the citizen's consent grant. */
  public record CertificateRequest(String consentGrant) {}

  @POST
  @Path("oauth/token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response token(
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String formClientId,
      @FormParam("client_secret") String formClientSecret) {
    if (!"client_credentials".equals(grantType)) {
      return oauthError(400, "unsupported_grant_type");
    }
    Optional<AccessToken> token = partners.token(formClientId, formClientSecret);
    if (token.isEmpty()) {
      return oauthError(401, "invalid_client");
    }
    return Response.ok(
            Map.of(
                "access_token", token.get().accessToken(),
                "token_type", token.get().tokenType(),
                "expires_in", token.get().expiresIn()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("certificate")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response certificate(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, CertificateRequest request) {
    Optional<String> client =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? partners.clientOf(authorization.substring(7))
            : Optional.empty();
    if (client.isEmpty()) {
      return Response.status(401)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
          .entity(Map.of("error", "invalid_token"))
          .build();
    }
    PartnerCertificate certificate =
        partners.latestCertificate(client.get(), request == null ? null : request.consentGrant());
    return Response.ok(certificate).header("Cache-Control", "no-store").build();
  }

  /** The registered apps, for the citizen's consent screen and for apps to check their name. */
  @GET
  @Path("clients")
  public List<PartnerApps.PartnerView> clients() {
    return partners.partners();
  }

  private static Response oauthError(int status, String error) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("error", error))
        .header("Cache-Control", "no-store")
        .build();
  }
}
