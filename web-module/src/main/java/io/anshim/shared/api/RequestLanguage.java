package io.anshim.shared.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of an API answer: Korean if the client prefers it, English otherwise. */
public final class RequestLanguage {

  private RequestLanguage() {}

  public static Locale of(HttpHeaders headers) {
    return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /**
   * From the {@code Accept-Language} header itself (null when not sent): the first of Korean or
   * English in the client's order of preference.
   */
  public static Locale of(String acceptLanguage) {
    List<Locale.LanguageRange> wanted;
    try {
      wanted =
          acceptLanguage == null || acceptLanguage.isBlank()
              ? List.of()
              : Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException unreadable) {
      wanted = List.of();
    }
    for (Locale.LanguageRange range : wanted) {
      String language = range.getRange().split("-", 2)[0];
      if (range.getWeight() > 0 && "ko".equals(language)) {
        return Locale.KOREAN;
      }
      if (range.getWeight() > 0 && "en".equals(language)) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }
}
