package io.anshim.booking.web;

import io.anshim.booking.BookingRequest;
import io.anshim.booking.BookingView;
import io.anshim.booking.Bookings;
import io.anshim.booking.CenterAvailability;
import io.anshim.booking.SlotSearch;
import io.anshim.booking.SlotView;
import io.anshim.booking.policy.ProxyRelationship;
import io.anshim.center.CenterDirectory;
import io.anshim.center.VaccineView;
import io.anshim.center.web.RegionChoice;
import io.anshim.identity.CitizenRegistry;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The booking page: province, district and vaccine, then a center's day with free places, then a
 * slot, then confirmation. Shows the next dose's expected day before and its booked slot after.
 */
@Named
@ViewScoped
public class BookVaccination implements Serializable {

  @Inject private CenterDirectory directory;
  @Inject private SlotSearch search;
  @Inject private Bookings bookings;
  @Inject private UserMessages messages;
  @Inject private CitizenRegistry registry;

  private long citizenId;
  private List<VaccineView> vaccines;
  private RegionChoice region;
  private String vaccine;
  private List<CenterAvailability> centers = List.of();
  private CenterAvailability center;
  private LocalDate date;
  private List<SlotView> slots = List.of();
  private LocalTime time;
  private List<BookingView> booked = List.of();
  private boolean forOther;
  private String otherName;
  private String otherResidentNumber;
  private String relationship;

  @PostConstruct
  void load() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    citizenId = SignedInCitizen.caller(request).orElseThrow().citizenId();
    region = new RegionChoice(directory);
    vaccines = directory.vaccines();
  }

  public void provinceChosen() {
    region.provinceChosen(directory);
    clearCenters();
  }

  public void search() {
    clearCenters();
    try {
      centers = search.centers(region.getProvince(), region.getDistrict(), vaccine, null, 7);
      if (centers.isEmpty()) {
        messages.info("booking.noCenters");
      }
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void chooseDay(long centerId, LocalDate day) {
    center = centers.stream().filter(c -> c.center().id() == centerId).findFirst().orElse(null);
    date = day;
    time = null;
    try {
      slots = search.slots(centerId, day);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void chooseSlot(LocalTime start) {
    time = start;
  }

  public void confirm() {
    try {
      long person = citizenId;
      String stated = null;
      if (forOther) {
        person =
            registry.findOrRegister(citizenId, otherName, otherResidentNumber, null).citizenId();
        stated = relationship;
      }
      booked =
          bookings.book(
              new BookingRequest(
                  person, citizenId, stated, center.center().id(), vaccine, date, time));
      messages.info("booking.done");
    } catch (BusinessException refusal) {
      messages.show(refusal);
      slots = search.slots(center.center().id(), date);
      time = null;
    }
  }

  private void clearCenters() {
    centers = List.of();
    center = null;
    date = null;
    slots = List.of();
    time = null;
  }

  /** The chosen vaccine's details (interval of the next dose). */
  public Optional<VaccineView> chosenVaccine() {
    return vaccines.stream().filter(v -> v.code().equals(vaccine)).findFirst();
  }

  /** The day the next dose is aimed at: the chosen day plus the vaccine's minimum interval. */
  public LocalDate getNextDoseFrom() {
    return chosenVaccine()
        .filter(v -> v.minIntervalDays() != null && date != null)
        .map(v -> date.plusDays(v.minIntervalDays()))
        .orElse(null);
  }

  public LocalDate getNextDoseUntil() {
    return chosenVaccine()
        .filter(v -> v.maxIntervalDays() != null && date != null)
        .map(v -> date.plusDays(v.maxIntervalDays()))
        .orElse(null);
  }

  /** The relationships a proxy may state (the policy decides which count for the person). */
  public List<String> getRelationships() {
    return Arrays.stream(ProxyRelationship.values()).map(Enum::name).toList();
  }

  public boolean isForOther() {
    return forOther;
  }

  public void setForOther(boolean forOther) {
    this.forOther = forOther;
  }

  public String getOtherName() {
    return otherName;
  }

  public void setOtherName(String otherName) {
    this.otherName = otherName;
  }

  public String getOtherResidentNumber() {
    return otherResidentNumber;
  }

  public void setOtherResidentNumber(String otherResidentNumber) {
    this.otherResidentNumber = otherResidentNumber;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public RegionChoice getRegion() {
    return region;
  }

  public List<VaccineView> getVaccines() {
    return vaccines;
  }

  public String getVaccine() {
    return vaccine;
  }

  public void setVaccine(String vaccine) {
    this.vaccine = vaccine;
  }

  public List<CenterAvailability> getCenters() {
    return centers;
  }

  public CenterAvailability getCenter() {
    return center;
  }

  public LocalDate getDate() {
    return date;
  }

  public List<SlotView> getSlots() {
    return slots;
  }

  public LocalTime getTime() {
    return time;
  }

  public List<BookingView> getBooked() {
    return booked;
  }

  public boolean isDone() {
    return !booked.isEmpty();
  }
}
