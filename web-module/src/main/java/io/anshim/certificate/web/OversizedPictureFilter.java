package io.anshim.certificate.web;

import io.anshim.certificate.qr.QrPictureReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

/**
 * A picture sent to the verifier page that is larger than the QR reader takes is answered with the
 * page and its "not valid" verdict (the reader's own refusal, {@link CertificateVerifier}) without
 * parsing the upload: the body is read past (never stored, not even in a temporary file), and the
 * page renders as for a first visit. Bodies over the listener's max-post-size (24 MB) Undertow
 * refuses before any code; the page's script refuses such files before sending them.
 */
public class OversizedPictureFilter extends HttpFilter {

  /** The request attribute that tells the page the picture was refused as too large. */
  static final String REFUSED = OversizedPictureFilter.class.getName() + ".refused";

  /** The reader's limit and room for the form's other fields. */
  static final long LIMIT = QrPictureReader.MAX_BYTES + 64 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (!"POST".equals(request.getMethod())
        || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
        || request.getContentLengthLong() <= LIMIT) {
      chain.doFilter(request, response);
      return;
    }
    try (InputStream body = request.getInputStream()) {
      body.transferTo(OutputStream.nullOutputStream());
    }
    request.setAttribute(REFUSED, Boolean.TRUE);
    chain.doFilter(new FirstVisit(request), response);
  }

  /** The request as a plain GET of the page: no body, no form fields, so no postback. */
  private static final class FirstVisit extends HttpServletRequestWrapper {

    FirstVisit(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
