package io.anshim.booking.leftover.web;

import io.anshim.booking.leftover.LeftoverBooking;
import io.anshim.booking.leftover.LeftoverCenter;
import io.anshim.booking.leftover.LeftoverDoses;
import io.anshim.center.CenterDirectory;
import io.anshim.center.DistrictView;
import io.anshim.center.ProvinceView;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/** "Leftover doses near me": by district or by the browser's location; take one dose. */
@Named
@ViewScoped
public class LeftoverSearch implements Serializable {

  @Inject private LeftoverDoses leftovers;
  @Inject private CenterDirectory directory;
  @Inject private UserMessages messages;

  private String province;
  private String district;
  private Double latitude;
  private Double longitude;
  private List<ProvinceView> provinces;
  private List<DistrictView> districts = List.of();
  private List<LeftoverCenter> centers;
  private LeftoverBooking taken;

  @PostConstruct
  void load() {
    provinces = directory.provinces();
  }

  public void provinceChosen() {
    district = null;
    centers = null;
    districts = province == null ? List.of() : directory.districts(province);
  }

  public void findInDistrict() {
    latitude = null;
    longitude = null;
    try {
      centers = district == null ? null : leftovers.inDistrict(district);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void findNearMe() {
    try {
      centers = leftovers.near(latitude, longitude);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void take(LeftoverCenter.Dose dose) {
    try {
      taken =
          leftovers.take(
              SignedInCitizen.caller(
                      (HttpServletRequest)
                          FacesContext.getCurrentInstance().getExternalContext().getRequest())
                  .orElse(null),
              dose.offerId());
      messages.info("leftovers.taken");
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
    if (latitude != null && longitude != null) {
      findNearMe();
    } else if (district != null) {
      findInDistrict();
    }
  }

  public boolean isSignedIn() {
    return SignedInCitizen.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .isPresent();
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public List<ProvinceView> getProvinces() {
    return provinces;
  }

  public List<DistrictView> getDistricts() {
    return districts;
  }

  public List<LeftoverCenter> getCenters() {
    return centers;
  }

  public LeftoverBooking getTaken() {
    return taken;
  }
}
