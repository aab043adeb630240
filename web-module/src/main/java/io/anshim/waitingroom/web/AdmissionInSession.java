package io.anshim.waitingroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Where the waiting room leaves a person's admission token when it admits them: their HTTP session,
 * so booking pages need nothing from the browser. API clients may send the token in the header
 * {@code X-Admission-Token} instead.
 */
public final class AdmissionInSession {

  public static final String HEADER = "X-Admission-Token";
  public static final String WAITING_ROOM_PAGE = "/booking/waiting-room.xhtml";
  static final String ATTRIBUTE = "io.anshim.waitingroom.admission";

  private AdmissionInSession() {}

  public static void remember(HttpServletRequest request, String token) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      remember(session::getAttribute, session::setAttribute, token);
    }
  }

  /** The same through a session's attribute getter and setter, for a handler without a request. */
  public static void remember(
      Function<String, Object> attributes, BiConsumer<String, Object> setAttribute, String token) {
    if (token != null && !token.equals(attributes.apply(ATTRIBUTE))) {
      setAttribute.accept(ATTRIBUTE, token);
    }
  }

  /** The token the request presents: the header if sent, else the one kept in the session. */
  public static String presented(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return presented(
        request.getHeader(HEADER), session == null ? name -> null : session::getAttribute);
  }

  /**
   * The same from the header's value (null when not sent) and the session's attributes, for a
   * handler without a servlet request.
   */
  public static String presented(String header, Function<String, Object> sessionAttributes) {
    if (header != null && !header.isBlank()) {
      return header.trim();
    }
    return (String) sessionAttributes.apply(ATTRIBUTE);
  }
}
