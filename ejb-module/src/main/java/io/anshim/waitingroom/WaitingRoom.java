package io.anshim.waitingroom;

import io.anshim.identity.CitizenCaller;
import jakarta.ejb.Local;

/**
 * The virtual waiting room in front of booking: citizens join and poll their place; operators set
 * the admission rate and watch the line.
 */
@Local
public interface WaitingRoom {

  /** Joins the line, or returns the place the person already holds (one place per person). */
  PlaceView join(CitizenCaller caller);

  /** The caller's place now; NotFoundException if they hold none (never joined, or abandoned). */
  PlaceView mine(CitizenCaller caller);

  /** The caller's admission as presented; AdmissionRequiredException if it is not valid. */
  AdmissionView admission(CitizenCaller caller, String presentedToken);

  /** Operators only. */
  WaitingRoomFigures figures();

  /** Operators only: takes effect at once on every following admission. */
  WaitingRoomFigures change(WaitingRoomSettings settings);
}
