package io.anshim.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The visitor's language for this session: Korean unless the browser prefers English. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

  private static final Locale KOREAN = Locale.KOREAN;
  private static final Locale ENGLISH = Locale.ENGLISH;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      locale = requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : KOREAN;
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public boolean isEnglish() {
    return ENGLISH.equals(getLocale());
  }

  /** Switches to Korean ("ko") or English ("en"); anything else is ignored. */
  public void use(String language) {
    if ("en".equals(language)) {
      locale = ENGLISH;
    } else if ("ko".equals(language)) {
      locale = KOREAN;
    }
    FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
  }
}
