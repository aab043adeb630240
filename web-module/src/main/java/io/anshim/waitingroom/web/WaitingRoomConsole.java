package io.anshim.waitingroom.web;

import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import io.anshim.waitingroom.WaitingRoom;
import io.anshim.waitingroom.WaitingRoomFigures;
import io.anshim.waitingroom.WaitingRoomSettings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The operator's waiting-room screen: the live figures and the admission rate to change. */
@Named
@ViewScoped
public class WaitingRoomConsole implements Serializable {

  @Inject private WaitingRoom waitingRoom;
  @Inject private UserMessages messages;

  private WaitingRoomFigures figures;
  private Double ratePerSecond;
  private Long admissionSeconds;
  private Long placeIdleSeconds;

  @PostConstruct
  void load() {
    figures = waitingRoom.figures();
    ratePerSecond = figures.ratePerSecond();
    admissionSeconds = figures.admissionSeconds();
    placeIdleSeconds = figures.placeIdleSeconds();
  }

  public void refresh() {
    figures = waitingRoom.figures();
  }

  public void save() {
    try {
      figures =
          waitingRoom.change(
              new WaitingRoomSettings(
                  ratePerSecond == null ? 0 : ratePerSecond,
                  admissionSeconds == null ? 0 : admissionSeconds,
                  placeIdleSeconds == null ? 0 : placeIdleSeconds));
      messages.info("operator.waitingroom.saved", figures.ratePerSecond());
    } catch (BusinessException refused) {
      messages.show(refused);
    }
  }

  public WaitingRoomFigures getFigures() {
    return figures;
  }

  public Double getRatePerSecond() {
    return ratePerSecond;
  }

  public void setRatePerSecond(Double ratePerSecond) {
    this.ratePerSecond = ratePerSecond;
  }

  public Long getAdmissionSeconds() {
    return admissionSeconds;
  }

  public void setAdmissionSeconds(Long admissionSeconds) {
    this.admissionSeconds = admissionSeconds;
  }

  public Long getPlaceIdleSeconds() {
    return placeIdleSeconds;
  }

  public void setPlaceIdleSeconds(Long placeIdleSeconds) {
    this.placeIdleSeconds = placeIdleSeconds;
  }
}
