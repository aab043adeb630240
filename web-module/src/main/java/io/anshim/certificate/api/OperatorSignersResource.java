package io.anshim.certificate.api;

import io.anshim.certificate.CertificateTrust;
import io.anshim.certificate.SignerView;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Our Document Signer Certificates: operators list them and make a new one (rotation). A DSC is
 * also renewed by itself when it would end before the certificates it signs; old ones stay in our
 * trust list, so what they signed stays verifiable.
 */
@StaffApi
@Path("operator/certificates/signers")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorSignersResource {

  @Inject private CertificateTrust trust;

  @GET
  public List<SignerView> signers() {
    return trust.ourSignerCertificates();
  }

  @POST
  public Response rotate() {
    return Response.status(Response.Status.CREATED).entity(trust.rotateSigner()).build();
  }
}
