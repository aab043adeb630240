package io.anshim.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of an API answer: Korean if the client prefers it, English otherwise. */
public final class RequestLanguage {

  private RequestLanguage() {}

  public static Locale of(HttpHeaders headers) {
    for (Locale wanted : headers.getAcceptableLanguages()) {
      if ("ko".equals(wanted.getLanguage())) {
        return Locale.KOREAN;
      }
      if ("en".equals(wanted.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
