package io.anshim.certificate.web;

import io.anshim.certificate.CertificateView;
import io.anshim.certificate.CitizenCertificates;
import io.anshim.certificate.partner.PartnerApps;
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
import java.util.List;

/**
 * The citizen's certificate page: the domestic certificate for the latest dose, large, with its
 * downloads and ledger place; the international one on request.
 */
@Named
@ViewScoped
public class MyCertificate implements Serializable {

  private static final DateTimeFormatter KOREA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Seoul"));
  private static final DateTimeFormatter KOREA_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Seoul"));

  @Inject private CitizenCertificates certificates;
  @Inject private PartnerApps partners;
  @Inject private UserMessages messages;

  private CitizenCaller caller;
  private CertificateView certificate;
  private String familyNameLatin;
  private String givenNameLatin;
  private String passportNumber;
  private List<PartnerApps.PartnerView> partnerApps;
  private List<PartnerApps.ConsentView> consents;
  private String partnerClientId;
  private PartnerApps.ConsentGranted granted;

  @PostConstruct
  void load() {
    caller = SignedInCitizen.caller(request()).orElseThrow();
    partnerApps = partners.partners();
    consents = partners.consents(caller);
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

  /** The citizen lets a partner app fetch their certificate; the grant is shown once. */
  public void consent() {
    try {
      granted = partners.consent(caller, partnerClientId);
      consents = partners.consents(caller);
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public void withdraw(String consentId) {
    try {
      partners.withdraw(caller, consentId);
      granted = null;
      consents = partners.consents(caller);
      messages.info("certificate.partner.withdrawn");
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public String time(Instant instant) {
    return instant == null ? "" : KOREA_TIME.format(instant);
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

  public List<PartnerApps.PartnerView> getPartnerApps() {
    return partnerApps;
  }

  public List<PartnerApps.ConsentView> getConsents() {
    return consents;
  }

  public String getPartnerClientId() {
    return partnerClientId;
  }

  public void setPartnerClientId(String partnerClientId) {
    this.partnerClientId = partnerClientId;
  }

  public PartnerApps.ConsentGranted getGranted() {
    return granted;
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
