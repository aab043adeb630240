package io.anshim.certificate.web;

import io.anshim.certificate.CertificateTrust;
import io.anshim.certificate.TrustImportResult;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The operator's trust-list upload: another issuer's DSCs, in the EU DCC gateway's JSON shape, read
 * from a file and imported by the same service as {@code POST
 * /api/operator/certificates/trust-list}.
 */
@Named
@RequestScoped
public class TrustListUpload {

  /** The messages slot on the page, apart from the revocation form's messages. */
  static final String MESSAGES = "trust-list-import";

  /**
   * By our estimate the EU gateway's whole list (some hundred DSCs with their CMS signatures) is a
   * few MB; under the Faces servlet's multipart limit (24 MB, web.xml), so a larger file still gets
   * this clear refusal.
   */
  static final int MAX_MEGABYTES = 10;

  private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
  private static final int SHOWN_REJECTIONS = 10;

  @Inject private CertificateTrust trust;
  @Inject private UserMessages messages;

  private Part file;

  public void importFile() throws IOException {
    if (file == null || file.getSize() == 0) {
      error("certificate.trustList.noFile");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      error("certificate.trustList.tooLarge", MAX_MEGABYTES);
      return;
    }
    String json;
    try (InputStream in = file.getInputStream()) {
      json = new String(in.readNBytes((int) MAX_BYTES), StandardCharsets.UTF_8);
    }
    if (json.isBlank()) {
      error("certificate.trustList.noFile");
      return;
    }
    try {
      show(trust.importTrustList(json));
    } catch (BusinessException refusal) {
      messages.showAt(MESSAGES, refusal);
    }
  }

  private void show(TrustImportResult result) {
    if (result.wholeFileRefused()) {
      error("certificate.trustList.notATrustList");
      return;
    }
    if (result.accepted() == 0) {
      if (result.rejected().isEmpty()) {
        error("certificate.trustList.noEntries");
      } else {
        error("certificate.trustList.noneAccepted", result.rejected().size());
      }
    } else {
      messages.showAt(
          MESSAGES,
          FacesMessage.SEVERITY_INFO,
          "certificate.trustList.imported",
          result.accepted(),
          result.added());
      if (!result.rejected().isEmpty()) {
        messages.showAt(
            MESSAGES,
            FacesMessage.SEVERITY_WARN,
            "certificate.trustList.someRefused",
            result.rejected().size());
      }
    }
    result.rejected().stream()
        .limit(SHOWN_REJECTIONS)
        .forEach(
            r ->
                messages.showAt(
                    MESSAGES,
                    FacesMessage.SEVERITY_WARN,
                    "certificate.trustList.refusedEntry",
                    r.index() + 1,
                    r.kid().isEmpty() ? "-" : r.kid(),
                    r.reason()));
  }

  private void error(String key, Object... arguments) {
    messages.showAt(MESSAGES, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
