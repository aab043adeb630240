package io.anshim.identity.web;

import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.SignedIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** When a citizen's HTTP session times out, their session record ends too (the devices list). */
@WebListener
public class CitizenSessionExpiry implements HttpSessionListener {

  @Inject private CitizenAccounts accounts;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object citizen = event.getSession().getAttribute(SignedInCitizen.ATTRIBUTE);
    if (citizen instanceof SignedIn signedIn) {
      try {
        accounts.expired(signedIn.sessionId());
      } catch (RuntimeException shuttingDown) {
        // the services may be gone already when the server stops; the row just stays open
      }
    }
  }
}
