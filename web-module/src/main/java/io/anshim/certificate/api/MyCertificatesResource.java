package io.anshim.certificate.api;

import io.anshim.certificate.CertificateView;
import io.anshim.certificate.CitizenCertificates;
import io.anshim.certificate.partner.PartnerApps;
import io.anshim.certificate.qr.QrCodeImage;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.web.SignedInCitizen;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The signed-in citizen's own certificates: the domestic one for the latest dose, the international
 * one, and downloads of any of their own by identifier (the '#' of a UVCI is sent as %23). Nobody
 * else's: the service checks the session and the owner.
 */
@Path("certificates/mine")
@Produces(MediaType.APPLICATION_JSON)
public class MyCertificatesResource {

  /** Wide enough to print sharply at 8 cm, small enough for a phone to download quickly. */
  static final int PNG_WIDTH = 600;

  @Inject private CitizenCertificates certificates;
  @Inject private PartnerApps partners;
  @Context private HttpServletRequest request;

  /** What the citizen types for the international certificate. */
  public record InternationalRequest(String fnt, String gnt, String passportNumber) {}

  @GET
  public CertificateView domestic() {
    return certificates.domestic(caller());
  }

  @POST
  @Path("international")
  @Consumes(MediaType.APPLICATION_JSON)
  public CertificateView international(InternationalRequest form) {
    InternationalRequest entered = form == null ? new InternationalRequest(null, null, null) : form;
    return certificates.international(
        caller(), entered.fnt(), entered.gnt(), entered.passportNumber());
  }

  /** The partner apps the citizen consented to, each with its fetches (newest first). */
  @GET
  @Path("partners")
  public List<PartnerApps.ConsentView> consents() {
    return partners.consents(caller());
  }

  /** Which app the citizen lets fetch their certificate. */
  public record ConsentRequest(String clientId) {}

  /** Consents once; the answer's grant is what the citizen hands to the app. */
  @POST
  @Path("partners")
  @Consumes(MediaType.APPLICATION_JSON)
  public PartnerApps.ConsentGranted consent(ConsentRequest request) {
    return partners.consent(caller(), request == null ? null : request.clientId());
  }

  @DELETE
  @Path("partners/{consentId}")
  public Response withdraw(@PathParam("consentId") String consentId) {
    partners.withdraw(caller(), consentId);
    return Response.noContent().build();
  }

  @GET
  @Path("{uvci}")
  public CertificateView one(@PathParam("uvci") String uvci) {
    return certificates.own(caller(), uvci);
  }

  @GET
  @Path("{uvci}/qr.png")
  @Produces({"image/png", MediaType.APPLICATION_JSON})
  public Response png(@PathParam("uvci") String uvci) {
    CertificateView certificate = certificates.own(caller(), uvci);
    return download(
        QrCodeImage.png(certificate.text(), PNG_WIDTH), "image/png", "png", certificate);
  }

  @GET
  @Path("{uvci}/qr.svg")
  @Produces({"image/svg+xml", MediaType.APPLICATION_JSON})
  public Response svg(@PathParam("uvci") String uvci) {
    CertificateView certificate = certificates.own(caller(), uvci);
    return download(QrCodeImage.svg(certificate.text()), "image/svg+xml", "svg", certificate);
  }

  @GET
  @Path("{uvci}/certificate.pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(@PathParam("uvci") String uvci) {
    CitizenCaller caller = caller();
    CertificateView certificate = certificates.own(caller, uvci);
    return download(certificates.pdf(caller, uvci), "application/pdf", "pdf", certificate);
  }

  /** The file in its own type, whatever the client accepts; refusals answer JSON as usual. */
  private static Response download(
      Object body, String type, String extension, CertificateView certificate) {
    String name =
        "vaccination-certificate-"
            + certificate.kind().toLowerCase()
            + "-dose"
            + certificate.doseNumber()
            + "."
            + extension;
    return Response.ok(body, type)
        .header("Content-Disposition", "inline; filename=\"" + name + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private CitizenCaller caller() {
    return SignedInCitizen.caller(request)
        .orElseThrow(() -> new CitizenSignInRequiredException("error.identity.signInRequired"));
  }
}
