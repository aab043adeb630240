package io.anshim.booking.web;

import io.anshim.booking.BookingView;
import io.anshim.booking.Bookings;
import io.anshim.booking.SlotSearch;
import io.anshim.booking.SlotView;
import io.anshim.identity.CitizenCaller;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/** "My bookings": the citizen's booked doses, moving one to another day and slot, cancelling. */
@Named
@ViewScoped
public class MyBookings implements Serializable {

  @Inject private Bookings bookings;
  @Inject private SlotSearch search;
  @Inject private UserMessages messages;
  @Inject private AdmissionGate gate;
  @Inject private WaitingRoom waitingRoom;

  private long citizenId;
  private List<BookingView> list;
  private BookingView changing;
  private LocalDate newDate;
  private List<SlotView> slots = List.of();

  @PostConstruct
  void load() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    citizenId = SignedInCitizen.caller(request).orElseThrow().citizenId();
    list = bookings.mine(citizenId);
  }

  public void startChange(BookingView booking) {
    if (!admitted()) {
      return;
    }
    changing = booking;
    newDate = booking.date();
    showSlots();
  }

  public void showSlots() {
    slots = List.of();
    if (changing == null || newDate == null) {
      return;
    }
    try {
      slots = search.slots(changing.centerId(), newDate);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void moveTo(LocalTime start) {
    if (!admitted()) {
      return;
    }
    try {
      list = bookings.move(citizenId, changing.id(), newDate, start);
      changing = null;
      slots = List.of();
      messages.info("booking.moved");
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  /**
   * Moving a booking is booking again: it needs the waiting room's admission (cancelling and
   * viewing do not). Without it, the person gets a place in line and goes to the waiting room.
   */
  private boolean admitted() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) context.getRequest();
    CitizenCaller caller = SignedInCitizen.caller(request).orElseThrow();
    try {
      gate.requireAdmission(caller, AdmissionInSession.presented(request));
      return true;
    } catch (AdmissionRequiredException refused) {
      waitingRoom.join(caller);
      try {
        context.redirect(
            context.getRequestContextPath()
                + AdmissionInSession.WAITING_ROOM_PAGE
                + "?next=my-bookings&back="
                + refused.check().name().toLowerCase(Locale.ROOT));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  public void stopChange() {
    changing = null;
    slots = List.of();
  }

  public void cancel(long bookingId) {
    try {
      list = bookings.cancel(citizenId, bookingId);
      changing = null;
      messages.info("booking.cancelled");
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  /** The citizen's own bookings (booked by themselves or by a proxy for them). */
  public List<BookingView> getOwn() {
    return list.stream().filter(b -> b.citizenId() == citizenId).toList();
  }

  /** Bookings the citizen made for someone else, as a proxy. */
  public List<BookingView> getForOthers() {
    return list.stream().filter(b -> b.citizenId() != citizenId).toList();
  }

  public List<BookingView> getList() {
    return list;
  }

  public BookingView getChanging() {
    return changing;
  }

  public LocalDate getNewDate() {
    return newDate;
  }

  public void setNewDate(LocalDate newDate) {
    this.newDate = newDate;
  }

  public List<SlotView> getSlots() {
    return slots;
  }
}
