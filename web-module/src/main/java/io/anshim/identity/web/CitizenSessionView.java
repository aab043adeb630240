package io.anshim.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** For the page header: whether a citizen is signed in in this session. */
@Named("citizenSession")
@RequestScoped
public class CitizenSessionView {

  public boolean isSignedIn() {
    return SignedInCitizen.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .isPresent();
  }
}
