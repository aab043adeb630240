package io.anshim.booking.policy.web;

import io.anshim.booking.policy.BookingDay;
import io.anshim.booking.policy.BookingPolicy;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.web.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** "Your booking day is ... from ...": the signed-in citizen's booking day in plain words. */
@Named
@ViewScoped
public class BookingDayPanel implements Serializable {

  @Inject private BookingPolicy policy;
  @Inject private UserMessages messages;

  private BookingDay day;

  @PostConstruct
  void load() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    day = policy.bookingDayFor(SignedInCitizen.caller(request).orElseThrow().citizenId());
  }

  public BookingDay getDay() {
    return day;
  }

  public String getText() {
    return messages.text(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        day.messageKey(),
        day.arguments().toArray());
  }

  public String getWindowName() {
    return day.windowName() == null
        ? ""
        : day.windowName().in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }
}
