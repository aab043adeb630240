package io.anshim.vaccination;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only: deployed in an extra WAR at /vaccination-test beside the real EAR (never in it).
 *
 * <ul>
 *   <li>POST /bookings?citizen=&amp;center=&amp;vaccine=&amp;dose=&amp;date=&amp;time=: a booked
 *       slot booking; answers its id
 *   <li>POST /records?citizen=&amp;center=&amp;vaccine=&amp;dose=&amp;of=: a vaccination record
 *   <li>POST /full?center=&amp;date=&amp;times=09:00,09:30: those slots without a free place
 *   <li>POST /open?center=&amp;date=&amp;capacity=: the day's slots with that capacity again
 *   <li>GET /records?citizen=, GET /bookings?citizen=, GET /audit?booking=|offer=: lines
 * </ul>
 */
@WebServlet("/*")
public class VaccinationTestHooks extends HttpServlet {

  @EJB private VaccinationFixtures fixtures;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    switch (request.getPathInfo()) {
      case "/bookings" ->
          response
              .getWriter()
              .print(
                  fixtures.book(
                      number(request, "citizen"),
                      number(request, "center"),
                      request.getParameter("vaccine"),
                      (int) number(request, "dose"),
                      LocalDate.parse(request.getParameter("date")),
                      LocalTime.parse(request.getParameter("time"))));
      case "/records" ->
          fixtures.record(
              number(request, "citizen"),
              number(request, "center"),
              request.getParameter("vaccine"),
              (int) number(request, "dose"),
              (int) number(request, "of"));
      case "/full" ->
          fixtures.fill(
              number(request, "center"),
              LocalDate.parse(request.getParameter("date")),
              Arrays.stream(request.getParameter("times").split(","))
                  .map(LocalTime::parse)
                  .toList());
      case "/open" ->
          fixtures.reopen(
              number(request, "center"),
              LocalDate.parse(request.getParameter("date")),
              (int) number(request, "capacity"));
      default -> response.sendError(404);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    List<String> lines =
        switch (request.getPathInfo()) {
          case "/records" -> fixtures.records(number(request, "citizen"));
          case "/bookings" -> fixtures.bookings(number(request, "citizen"));
          case "/audit" -> fixtures.audit(optional(request, "booking"), optional(request, "offer"));
          default -> null;
        };
    if (lines == null) {
      response.sendError(404);
      return;
    }
    response.getWriter().print(String.join("\n", lines));
  }

  private static long number(HttpServletRequest request, String name) {
    return Long.parseLong(request.getParameter(name));
  }

  private static Long optional(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null ? null : Long.valueOf(value);
  }
}
