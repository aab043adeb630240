package io.anshim.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A text that exists in Korean and in English, like a place name. */
public record Localized(String ko, String en) implements Serializable {

  public Localized {
    Objects.requireNonNull(ko, "ko");
    Objects.requireNonNull(en, "en");
  }

  /** The text for the locale: English for English, Korean for everything else. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : ko;
  }
}
