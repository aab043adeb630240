package io.anshim.booking.leftover.web;

import io.anshim.booking.leftover.LeftoverBooking;
import io.anshim.booking.leftover.LeftoverCenter;
import io.anshim.booking.leftover.LeftoverDoses;
import io.anshim.center.CenterDirectory;
import io.anshim.center.web.RegionChoice;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import io.anshim.waitingroom.AdmissionGate;
import io.anshim.waitingroom.AdmissionRequiredException;
import io.anshim.waitingroom.WaitingRoom;
import io.anshim.waitingroom.web.AdmissionInSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Leftover doses near me": by district or by the browser's location; take one dose. */
@Named
@ViewScoped
public class LeftoverSearch implements Serializable {

  @Inject private LeftoverDoses leftovers;
  @Inject private CenterDirectory directory;
  @Inject private UserMessages messages;
  @Inject private AdmissionGate gate;
  @Inject private WaitingRoom waitingRoom;

  private RegionChoice region;
  private Double latitude;
  private Double longitude;
  private List<LeftoverCenter> centers;
  private LeftoverBooking taken;

  @PostConstruct
  void load() {
    region = new RegionChoice(directory);
  }

  public void provinceChosen() {
    centers = null;
    region.provinceChosen(directory);
  }

  public void findInDistrict() {
    latitude = null;
    longitude = null;
    try {
      centers = region.getDistrict() == null ? null : leftovers.inDistrict(region.getDistrict());
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
    if (!admitted()) {
      return;
    }
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
    } else if (region.getDistrict() != null) {
      findInDistrict();
    }
  }

  /**
   * The list is public, but taking a dose is booking: it needs the waiting room's admission.
   * Without it, the person gets a place in line and goes to the waiting room (and comes back here).
   */
  private boolean admitted() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    Optional<CitizenCaller> caller = SignedInCitizen.caller(request);
    if (caller.isEmpty()) {
      return true; // the service says "sign in first"
    }
    try {
      gate.requireAdmission(caller.get(), AdmissionInSession.presented(request));
      return true;
    } catch (CitizenSignInRequiredException ended) {
      messages.show(ended);
      return false;
    } catch (AdmissionRequiredException refused) {
      waitingRoom.join(caller.get());
      try {
        context.redirect(
            context.getRequestContextPath()
                + AdmissionInSession.WAITING_ROOM_PAGE
                + "?next=leftovers&back="
                + refused.check().name().toLowerCase(Locale.ROOT));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  public boolean isSignedIn() {
    return SignedInCitizen.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .isPresent();
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

  public RegionChoice getRegion() {
    return region;
  }

  public List<LeftoverCenter> getCenters() {
    return centers;
  }

  public LeftoverBooking getTaken() {
    return taken;
  }
}
