package io.anshim.certificate.web;

import io.anshim.certificate.CertificateCheck;
import io.anshim.certificate.CertificateVerification;
import io.anshim.certificate.qr.QrPictureReader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * The verifier page: paste or scan the QR text, or upload a picture of it, and see the answer.
 * Request scoped on purpose: nothing about the person outlives the response.
 */
@Named
@RequestScoped
public class CertificateVerifier {

  /** A little over the reader's own limit, so an oversized picture gets its clear refusal. */
  private static final int MAX_READ = QrPictureReader.MAX_BYTES + 1;

  @Inject private CertificateVerification verification;
  @Inject private HttpServletRequest request;

  private String text;
  private Part picture;
  private CertificateCheck check;

  /**
   * A picture refused before it was read ({@link OversizedPictureFilter}) gets the same verdict.
   */
  @PostConstruct
  void refusedUpload() {
    if (Boolean.TRUE.equals(request.getAttribute(OversizedPictureFilter.REFUSED))) {
      check = verification.verifyPicture(new byte[MAX_READ]);
    }
  }

  public void verifyText() {
    check = verification.verify(text);
  }

  public void verifyPicture() throws IOException {
    if (picture == null) {
      check = verification.verifyPicture(new byte[0]);
      return;
    }
    try (InputStream in = picture.getInputStream()) {
      check = verification.verifyPicture(in.readNBytes(MAX_READ));
    }
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Part getPicture() {
    return picture;
  }

  public void setPicture(Part picture) {
    this.picture = picture;
  }

  /** The page's script refuses a larger picture before sending it. */
  public int getMaxPictureBytes() {
    return QrPictureReader.MAX_BYTES;
  }

  public CertificateCheck getCheck() {
    return check;
  }
}
