package io.anshim.identity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Like Kakao's certificate: the request arrives in the messenger app and the person approves it
 * there. The demo delivers the app notification through the SMS outbox, with the approval link the
 * app's button would follow; approving completes the verification, and the sign-in tab then
 * continues.
 */
@ApplicationScoped
public class MessengerProvider extends EmbeddedProvider {

  public static final String ID = "messenger";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public ProviderKind kind() {
    return ProviderKind.MESSENGER;
  }

  @Override
  Challenge challenge(Applicant applicant, String verificationId) {
    String token = randomFrom("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
    outbox.send(
        verificationId,
        applicant.mobile(),
        "Talk",
        "[Talk] 안심에서 본인확인을 요청했습니다. 승인 / Approve: /identity/approve.xhtml?request="
            + verificationId
            + "&token="
            + token);
    return expect(verificationId, token, Challenge.Expects.APPROVAL);
  }
}
