package io.anshim.identity.web;

import io.anshim.identity.IdentityVerifications;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The messenger app's approval screen, as the link in its notification opens it. Approving answers
 * the verification with the link's token; the person then continues in the sign-in tab.
 */
@Named
@ViewScoped
public class IdentityApproval implements Serializable {

  @Inject private IdentityVerifications verifications;
  @Inject private UserMessages messages;

  private String request;
  private String token;
  private boolean approved;

  public void approve() {
    try {
      verifications.answer(request, token);
      approved = true;
      messages.info("identity.approved");
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isApproved() {
    return approved;
  }
}
