package io.anshim.certificate.web;

import io.anshim.certificate.CertificateRevocations;
import io.anshim.certificate.CertificateStatus;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The operator's certificate screen: find a certificate by its UVCI, see it, revoke it. */
@Named
@ViewScoped
public class CertificateRevocation implements Serializable {

  private static final DateTimeFormatter KOREA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));

  @Inject private CertificateRevocations revocations;
  @Inject private UserMessages messages;

  private String uvci;
  private String reason;
  private CertificateStatus status;

  public void find() {
    try {
      status = revocations.status(uvci);
    } catch (BusinessException refusal) {
      status = null;
      messages.show(refusal);
    }
  }

  public void revoke() {
    try {
      status = revocations.revoke(status.uvci(), reason);
      reason = null;
      messages.info("certificate.operator.revoked", status.uvci());
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public String time(Instant instant) {
    return instant == null ? "" : KOREA_TIME.format(instant);
  }

  public String getUvci() {
    return uvci;
  }

  public void setUvci(String uvci) {
    this.uvci = uvci;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public CertificateStatus getStatus() {
    return status;
  }
}
