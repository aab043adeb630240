package io.anshim.identity;

import jakarta.enterprise.context.ApplicationScoped;

/** Like the carriers' PASS: a 6-digit code by SMS to the mobile number the person gave. */
@ApplicationScoped
public class MobileCarrierProvider extends EmbeddedProvider {

  public static final String ID = "carrier";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public ProviderKind kind() {
    return ProviderKind.MOBILE_CARRIER;
  }

  @Override
  Challenge challenge(Applicant applicant, String verificationId) {
    String code = randomFrom("0123456789", 6);
    outbox.send(
        verificationId,
        applicant.mobile(),
        "PASS",
        "[PASS] 안심 본인확인 인증번호 [" + code + "]를 입력하세요. (3분 이내) / Anshim code " + code);
    return expect(verificationId, code, Challenge.Expects.CODE);
  }
}
