package io.anshim.certificate;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only, at /certificate-test in an extra WAR beside the real EAR.
 *
 * <ul>
 *   <li>POST /dose?citizen=ID&amp;vaccine=PFIZER&amp;dose=N&amp;of=M&amp;daysAgo=D: records a dose;
 *       answers the record id
 *   <li>POST /sign-outside: answers the "HC1:" text of a certificate signed with our key but not
 *       issued by the portal
 * </ul>
 */
@WebServlet("/*")
public class CertificateTestHooks extends HttpServlet {

  @EJB private CertificateFixtures fixtures;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=utf-8");
    switch (request.getPathInfo()) {
      case "/dose" ->
          response
              .getWriter()
              .print(
                  fixtures.recordDose(
                      Long.parseLong(request.getParameter("citizen")),
                      request.getParameter("vaccine"),
                      Integer.parseInt(request.getParameter("dose")),
                      Integer.parseInt(request.getParameter("of")),
                      Integer.parseInt(request.getParameter("daysAgo"))));
      case "/sign-outside" -> response.getWriter().print(fixtures.signOutsideIssuance());
      default -> response.sendError(404);
    }
  }
}
