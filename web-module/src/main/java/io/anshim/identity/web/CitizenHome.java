package io.anshim.identity.web;

import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenProfile;
import io.anshim.identity.SessionView;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The citizen's own page: who they are (resident number masked), contact details, sessions. */
@Named
@ViewScoped
public class CitizenHome implements Serializable {

  private static final DateTimeFormatter KOREA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));

  @Inject private CitizenAccounts accounts;
  @Inject private UserMessages messages;

  private CitizenCaller caller;
  private CitizenProfile profile;
  private List<SessionView> sessions;
  private String mobile;

  @PostConstruct
  void load() {
    caller = SignedInCitizen.caller(request()).orElseThrow();
    profile = accounts.profile(caller, caller.citizenId());
    sessions = accounts.sessions(caller, caller.citizenId());
    mobile = profile.mobile();
  }

  public void changeMobile() {
    try {
      profile = accounts.changeMobile(caller, caller.citizenId(), mobile);
      mobile = profile.mobile();
      messages.info("citizen.mobileSaved");
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void signOut() throws IOException {
    accounts.signOut(caller.sessionId());
    leave();
  }

  public void signOutEverywhere() throws IOException {
    accounts.signOutEverywhere(caller, caller.citizenId());
    leave();
  }

  private void leave() throws IOException {
    SignedInCitizen.forget(request());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/");
  }

  public String time(Instant instant) {
    return instant == null ? "" : KOREA_TIME.format(instant);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public CitizenProfile getProfile() {
    return profile;
  }

  public List<SessionView> getSessions() {
    return sessions;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }
}
