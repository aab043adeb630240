package io.anshim.center.api;

import io.anshim.center.CenterDirectory;
import io.anshim.center.DistrictView;
import io.anshim.center.ProvinceView;
import io.anshim.center.VaccineView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The codes a center search takes: provinces, their districts, and vaccines. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

  @Inject private CenterDirectory directory;

  @GET
  @Path("provinces")
  public List<ProvinceView> provinces() {
    return directory.provinces();
  }

  @GET
  @Path("provinces/{code}/districts")
  public List<DistrictView> districts(@PathParam("code") String provinceCode) {
    return directory.districts(provinceCode);
  }

  @GET
  @Path("vaccines")
  public List<VaccineView> vaccines() {
    return directory.vaccines();
  }
}
