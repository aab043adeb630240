package io.anshim.certificate.api;

import io.anshim.certificate.CertificateCheck;
import io.anshim.certificate.CertificateTrust;
import io.anshim.certificate.CertificateVerification;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The verifier API for apps: POST the scanned text (JSON {"text": "HC1:..."} or text/plain) or the
 * picture bytes; the answer is the same check the verifier page shows. Nothing is stored.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

  @Inject private CertificateVerification verification;
  @Inject private CertificateTrust trust;

  /** What an app sends to have a certificate checked. */
  public record VerifyRequest(String text) {}

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  public CertificateCheck verify(VerifyRequest request) {
    return verification.verify(request == null ? null : request.text());
  }

  @POST
  @Path("verify")
  @Consumes(MediaType.TEXT_PLAIN)
  public CertificateCheck verifyText(String text) {
    return verification.verify(text);
  }

  @POST
  @Path("verify-picture")
  @Consumes({
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/bmp",
    MediaType.APPLICATION_OCTET_STREAM
  })
  public CertificateCheck verifyPicture(byte[] picture) {
    return verification.verifyPicture(picture);
  }

  /** Our Document Signer Certificates, in the EU DCC gateway's trust-list shape. */
  @GET
  @Path("trust-list")
  public String trustList() {
    return trust.publishedTrustList();
  }
}
