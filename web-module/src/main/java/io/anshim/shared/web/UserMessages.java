package io.anshim.shared.web;

import io.anshim.shared.BusinessException;
import io.anshim.shared.ValidationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns message keys into sentences in the user's language, for screens (as Faces messages) and for
 * the API (as plain text). The only place that reads the message bundles.
 */
@ApplicationScoped
public class UserMessages {

  static final String BUNDLE = "io.anshim.web.messages";
  static final String VALIDATION_BUNDLE = "ValidationMessages";

  public String text(Locale locale, String key, Object... arguments) {
    String pattern = lookup(BUNDLE, locale, key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public String text(Locale locale, BusinessException refusal) {
    return text(locale, refusal.messageKey(), refusal.arguments().toArray());
  }

  /** The sentence for a Bean Validation template such as {center.nameKo.required}. */
  public String violation(Locale locale, String messageTemplate) {
    String key = messageTemplate.replaceAll("^\\{|\\}$", "");
    return lookup(VALIDATION_BUNDLE, locale, key);
  }

  /** Shows a refusal on the current screen, with one line per broken constraint. */
  public void show(BusinessException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    faces.addMessage(null, error(text(locale, refusal)));
    if (refusal instanceof ValidationFailedException invalid) {
      invalid
          .violations()
          .forEach(v -> faces.addMessage(null, error(violation(locale, v.messageTemplate()))));
    }
  }

  public void info(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * Shows a sentence under a key of its own, for the {@code <p:messages for="KEY" forType="key">}
   * beside one part of a screen that holds more than one form.
   */
  public void showAt(String slot, FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = text(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(slot, new FacesMessage(severity, text, null));
  }

  public void showAt(String slot, BusinessException refusal) {
    showAt(slot, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments().toArray());
  }

  private static FacesMessage error(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
  }

  private static String lookup(String bundle, Locale locale, String key) {
    try {
      return ResourceBundle.getBundle(bundle, locale, UserMessages.class.getClassLoader())
          .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
