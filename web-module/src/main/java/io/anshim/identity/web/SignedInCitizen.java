package io.anshim.identity.web;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.SessionDevice;
import io.anshim.identity.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.function.Function;

/**
 * The citizen an HTTP session belongs to, kept as a session attribute. Citizens are not staff: they
 * never pass through the staff security domain and hold no role.
 */
public final class SignedInCitizen {

  static final String ATTRIBUTE = "io.anshim.identity.citizen";

  /** Set when a sign-in elsewhere ended this session, so every later request of the tab says so. */
  static final String ENDED_ELSEWHERE = "io.anshim.identity.endedElsewhere";

  private SignedInCitizen() {}

  public static Optional<SignedIn> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? Optional.empty() : of(session::getAttribute);
  }

  /** From a session's attributes by name, for a handler that sees the session, not the request. */
  public static Optional<SignedIn> of(Function<String, Object> sessionAttributes) {
    return Optional.ofNullable((SignedIn) sessionAttributes.apply(ATTRIBUTE));
  }

  public static Optional<CitizenCaller> caller(HttpServletRequest request) {
    return of(request).map(SignedIn::caller);
  }

  public static Optional<CitizenCaller> caller(Function<String, Object> sessionAttributes) {
    return of(sessionAttributes).map(SignedIn::caller);
  }

  /** Keeps the citizen in the session, under a new session id (no session fixation). */
  public static void remember(HttpServletRequest request, SignedIn citizen) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ATTRIBUTE, citizen);
    request.getSession().removeAttribute(ENDED_ELSEWHERE);
  }

  static boolean endedElsewhere(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ENDED_ELSEWHERE) != null;
  }

  static void rememberEndedElsewhere(HttpServletRequest request, boolean elsewhere) {
    HttpSession session = request.getSession(false);
    if (session != null && elsewhere) {
      session.setAttribute(ENDED_ELSEWHERE, Boolean.TRUE);
    } else if (session != null) {
      session.removeAttribute(ENDED_ELSEWHERE);
    }
  }

  public static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
      session.removeAttribute(ENDED_ELSEWHERE);
    }
  }

  public static SessionDevice device(HttpServletRequest request) {
    return new SessionDevice(request.getHeader("User-Agent"), request.getRemoteAddr());
  }
}
