package io.anshim.certificate.web;

import io.anshim.certificate.CertificateView;
import io.anshim.certificate.CitizenCertificates;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.web.SignedInCitizen;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The citizen's certificate page: the domestic certificate for the latest dose, large, with its
 * downloads and ledger place; the international one on request.
 */
@Named
@ViewScoped
public class MyCertificate implements Serializable {

  private static final DateTimeFormatter KOREA_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Seoul"));

  @Inject private CitizenCertificates certificates;
  @Inject private UserMessages messages;

  private CitizenCaller caller;
  private CertificateView certificate;
  private String familyNameLatin;
  private String givenNameLatin;
  private String passportNumber;

  @PostConstruct
  void load() {
    caller = SignedInCitizen.caller(request()).orElseThrow();
    try {
      certificate = certificates.domestic(caller);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void international() {
    try {
      certificate =
          certificates.international(caller, familyNameLatin, givenNameLatin, passportNumber);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void domestic() {
    try {
      certificate = certificates.domestic(caller);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  /** Where the downloads of this certificate are, e.g. download("qr.png"). */
  public String download(String file) {
    return request().getContextPath()
        + "/api/certificates/mine/"
        + URLEncoder.encode(certificate.uvci(), StandardCharsets.UTF_8)
        + "/"
        + file;
  }

  /** The inclusion proof of this certificate's ledger entry in the checkpoint shown. */
  public String proofLink() {
    return request().getContextPath()
        + "/api/ledger/proofs/inclusion?index="
        + certificate.ledgerIndex()
        + "&size="
        + certificate.checkpointSize();
  }

  public String vaccineName() {
    return "ko".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
        ? certificate.vaccineNameKo()
        : certificate.vaccineNameEn();
  }

  public String date(Instant instant) {
    return instant == null ? "" : KOREA_DATE.format(instant);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public CertificateView getCertificate() {
    return certificate;
  }

  public String getFamilyNameLatin() {
    return familyNameLatin;
  }

  public void setFamilyNameLatin(String familyNameLatin) {
    this.familyNameLatin = familyNameLatin;
  }

  public String getGivenNameLatin() {
    return givenNameLatin;
  }

  public void setGivenNameLatin(String givenNameLatin) {
    this.givenNameLatin = givenNameLatin;
  }

  public String getPassportNumber() {
    return passportNumber;
  }

  public void setPassportNumber(String passportNumber) {
    this.passportNumber = passportNumber;
  }
}
