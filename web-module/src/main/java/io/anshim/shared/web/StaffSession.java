package io.anshim.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in as staff, and signing out. */
@Named
@RequestScoped
public class StaffSession {

  public boolean isSignedIn() {
    return external().getUserPrincipal() != null;
  }

  public String getName() {
    return isSignedIn() ? external().getUserPrincipal().getName() : "";
  }

  public boolean isOperator() {
    return external().isUserInRole("OPERATOR");
  }

  public boolean isVaccinator() {
    return external().isUserInRole("VACCINATOR");
  }

  public void signOut() throws ServletException, IOException {
    ExternalContext external = external();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
