package io.anshim.identity.web;

import io.anshim.identity.ApplicantForm;
import io.anshim.identity.Challenge;
import io.anshim.identity.IdentityVerifications;
import io.anshim.identity.ProviderStatus;
import io.anshim.identity.SignedIn;
import io.anshim.identity.VerificationStarted;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The citizen sign-in: pick a provider (each with its live traffic light), say who you are, answer
 * the provider's challenge, and you are signed in.
 */
@Named
@ViewScoped
public class IdentitySignIn implements Serializable {

  private static final DateTimeFormatter KOREA_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Seoul"));

  @Inject private IdentityVerifications verifications;
  @Inject private UserMessages messages;

  private List<ProviderStatus> providers;
  private String provider;
  private final ApplicantForm applicant = new ApplicantForm();
  private VerificationStarted started;
  private String code;

  @PostConstruct
  void load() {
    providers = verifications.providers();
  }

  /** Called every few seconds by the page: the lights as they are now. */
  public void refreshLights() {
    providers = verifications.providers();
  }

  public void start() throws IOException {
    // the provider radios are plain HTML inside ui:repeat (each beside its own light)
    provider =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("provider");
    try {
      started = verifications.start(provider, applicant, request().getRemoteAddr());
      code = null;
      if (started.expects() == Challenge.Expects.REDIRECT) {
        FacesContext.getCurrentInstance().getExternalContext().redirect(started.redirectTo());
        return;
      }
      messages.info(
          isApproval() ? "identity.approveInApp" : "identity.codeSent",
          KOREA_TIME.format(started.expiresAt()));
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  /** The code from the SMS or the portal app: checked, then signed in. */
  public void answer() throws IOException {
    try {
      verifications.answer(started.id(), code);
      signIn();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  /** After approving in the messenger app. */
  public void continueAfterApproval() throws IOException {
    try {
      signIn();
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void restart() {
    started = null;
    code = null;
  }

  private void signIn() throws IOException {
    SignedIn citizen = verifications.signIn(started.id(), SignedInCitizen.device(request()));
    SignedInCitizen.remember(request(), citizen);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    messages.info(
        citizen.firstSignIn() ? "identity.welcomeNew" : "identity.welcomeBack", citizen.name());
    external.redirect(external.getRequestContextPath() + "/citizen/home.xhtml");
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public boolean isApproval() {
    return started != null && started.expects() == Challenge.Expects.APPROVAL;
  }

  public String getExpiresAt() {
    return started == null ? "" : KOREA_TIME.format(started.expiresAt());
  }

  public List<ProviderStatus> getProviders() {
    return providers;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public ApplicantForm getApplicant() {
    return applicant;
  }

  public VerificationStarted getStarted() {
    return started;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
