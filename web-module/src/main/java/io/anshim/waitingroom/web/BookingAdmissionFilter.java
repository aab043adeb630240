package io.anshim.waitingroom.web;

import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.waitingroom.AdmissionGate;
import io.anshim.waitingroom.AdmissionRequiredException;
import io.anshim.waitingroom.WaitingRoom;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Every booking page (/booking/*) but the waiting room itself needs a valid admission: a direct
 * URL, a forged, expired or someone else's token sends the person to the waiting room (with a place
 * in line) and the reason; without a citizen session, to the sign-in page.
 */
@WebFilter("/booking/*")
public class BookingAdmissionFilter extends HttpFilter {

  private static final String SIGN_IN_PAGE = "/identity/sign-in.xhtml";

  @Inject private AdmissionGate gate;
  @Inject private WaitingRoom waitingRoom;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<CitizenCaller> caller = SignedInCitizen.caller(request);
    if (caller.isEmpty()) {
      redirect(request, response, SIGN_IN_PAGE);
      return;
    }
    if (path.equals(AdmissionInSession.WAITING_ROOM_PAGE)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      gate.requireAdmission(caller.get(), AdmissionInSession.presented(request));
    } catch (AdmissionRequiredException refused) {
      waitingRoom.join(caller.get());
      redirect(
          request,
          response,
          AdmissionInSession.WAITING_ROOM_PAGE
              + "?back="
              + refused.check().name().toLowerCase(Locale.ROOT));
      return;
    } catch (CitizenSignInRequiredException ended) {
      SignedInCitizen.forget(request);
      redirect(request, response, SIGN_IN_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
    String target = request.getContextPath() + page;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // a button of a booking page: Faces follows only a redirect in a partial response
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target.replace("&", "&amp;")
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(target);
    }
  }
}
