package io.anshim.center.api;

import io.anshim.center.CenterDirectory;
import io.anshim.center.CenterQuery;
import io.anshim.center.CenterView;
import io.anshim.shared.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /api/centers?province=11&amp;district=11110&amp;vaccine=PFIZER&amp;page=0&amp;size=20: the
 * same search as the "vaccination centers" page.
 */
@Path("centers")
@Produces(MediaType.APPLICATION_JSON)
public class CentersResource {

  @Inject private CenterDirectory directory;

  @GET
  public CenterPageJson find(
      @QueryParam("province") String province,
      @QueryParam("district") String district,
      @QueryParam("vaccine") String vaccine,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Page<CenterView> found =
        directory.findCenters(CenterQuery.parse(province, district, vaccine, page, size));
    return CenterPageJson.of(found);
  }
}
