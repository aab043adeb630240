package io.anshim.identity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Like Naver's certificate: the portal's app, signed in to the person's portal account on their
 * phone, shows a one-time code of 8 letters and digits that the person types here. The demo
 * delivers the app's notification through the SMS outbox.
 */
@ApplicationScoped
public class PortalProvider extends EmbeddedProvider {

  public static final String ID = "portal";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public ProviderKind kind() {
    return ProviderKind.PORTAL;
  }

  @Override
  Challenge challenge(Applicant applicant, String verificationId) {
    String code = randomFrom("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 8);
    outbox.send(
        verificationId,
        applicant.mobile(),
        "Portal",
        "[Portal] 안심 인증 일회용 코드 / one-time code: " + code);
    return expect(verificationId, code, Challenge.Expects.CODE);
  }
}
