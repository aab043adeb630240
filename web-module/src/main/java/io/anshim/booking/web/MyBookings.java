package io.anshim.booking.web;

import io.anshim.booking.BookingView;
import io.anshim.booking.Bookings;
import io.anshim.booking.SlotSearch;
import io.anshim.booking.SlotView;
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
import java.util.List;

/** "My bookings": the citizen's booked doses, moving one to another day and slot, cancelling. */
@Named
@ViewScoped
public class MyBookings implements Serializable {

  @Inject private Bookings bookings;
  @Inject private SlotSearch search;
  @Inject private UserMessages messages;

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
    try {
      list = bookings.move(citizenId, changing.id(), newDate, start);
      changing = null;
      slots = List.of();
      messages.info("booking.moved");
    } catch (BusinessException refusal) {
      messages.show(refusal);
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
