package io.anshim.vaccination.web;

import io.anshim.booking.leftover.LeftoverDoses;
import io.anshim.booking.leftover.LeftoverOfferView;
import io.anshim.booking.leftover.LeftoverPost;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import io.anshim.vaccination.DayBooking;
import io.anshim.vaccination.DaySheet;
import io.anshim.vaccination.DoseEntry;
import io.anshim.vaccination.RecordedDose;
import io.anshim.vaccination.VaccinatorsDay;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The vaccinator's screen: the day's bookings, the dose dialog, no-shows and leftover doses. */
@Named
@ViewScoped
public class VaccinatorDay implements Serializable {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @Inject private VaccinatorsDay service;
  @Inject private LeftoverDoses leftovers;
  @Inject private UserMessages messages;

  private LocalDate date;
  private DaySheet sheet;
  private List<LeftoverOfferView> offers = List.of();

  private DayBooking selected;
  private String vaccineCode;
  private String lotNumber;
  private Integer doseNumber;
  private LocalTime time;

  private String leftoverVaccine;
  private Integer leftoverCount = 1;

  /** Loads the day named by the view parameter {@code date} (today when absent). */
  public void load() {
    try {
      sheet = service.day(date);
      date = sheet.date();
      offers = leftovers.todaysOffers();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  /** Opens the dose dialog for a booking, with the booked vaccine and dose and the time now. */
  public void choose(DayBooking booking) {
    selected = booking;
    vaccineCode = booking.vaccineCode();
    doseNumber = booking.doseNumber();
    lotNumber = null;
    time = LocalTime.now(KOREA).withSecond(0).withNano(0);
  }

  public void recordDose() {
    try {
      RecordedDose recorded =
          service.recordVaccination(
              selected.bookingId(),
              new DoseEntry(
                  vaccineCode,
                  lotNumber,
                  doseNumber,
                  time == null ? null : sheet.date().atTime(time).atZone(KOREA).toInstant()));
      messages.info(
          "vaccinator.recorded", selected.name(), recorded.doseNumber(), recorded.lotNumber());
      selected = null;
      PrimeFaces.current().ajax().addCallbackParam("recorded", true);
      load();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void markNoShow(DayBooking booking) {
    try {
      service.markNoShow(booking.bookingId());
      messages.info("vaccinator.noShowMarked", booking.name());
      load();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void postLeftovers() {
    try {
      LeftoverOfferView offer = leftovers.post(new LeftoverPost(leftoverVaccine, leftoverCount));
      messages.info("vaccinator.leftoversPosted", offer.remaining());
      offers = leftovers.todaysOffers();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void withdraw(LeftoverOfferView offer) {
    try {
      leftovers.withdraw(offer.id());
      messages.info("vaccinator.leftoversWithdrawn");
      offers = leftovers.todaysOffers();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public DaySheet getSheet() {
    return sheet;
  }

  public List<LeftoverOfferView> getOffers() {
    return offers;
  }

  public DayBooking getSelected() {
    return selected;
  }

  public String getVaccineCode() {
    return vaccineCode;
  }

  public void setVaccineCode(String vaccineCode) {
    this.vaccineCode = vaccineCode;
  }

  public String getLotNumber() {
    return lotNumber;
  }

  public void setLotNumber(String lotNumber) {
    this.lotNumber = lotNumber;
  }

  public Integer getDoseNumber() {
    return doseNumber;
  }

  public void setDoseNumber(Integer doseNumber) {
    this.doseNumber = doseNumber;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public String getLeftoverVaccine() {
    return leftoverVaccine;
  }

  public void setLeftoverVaccine(String leftoverVaccine) {
    this.leftoverVaccine = leftoverVaccine;
  }

  public Integer getLeftoverCount() {
    return leftoverCount;
  }

  public void setLeftoverCount(Integer leftoverCount) {
    this.leftoverCount = leftoverCount;
  }
}
