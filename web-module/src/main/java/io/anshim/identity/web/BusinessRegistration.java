package io.anshim.identity.web;

import io.anshim.identity.BusinessAccountView;
import io.anshim.identity.BusinessRegistrationForm;
import io.anshim.identity.BusinessRegistrations;
import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The business owner's self-registration page. */
@Named
@ViewScoped
public class BusinessRegistration implements Serializable {

  @Inject private BusinessRegistrations registrations;
  @Inject private UserMessages messages;

  private final BusinessRegistrationForm form = new BusinessRegistrationForm();
  private BusinessAccountView registered;

  public void register() {
    try {
      registered = registrations.register(form);
      messages.info("staff.registered", registered.username());
    } catch (BusinessException refusal) {
      messages.show(refusal);
    }
  }

  public BusinessRegistrationForm getForm() {
    return form;
  }

  public BusinessAccountView getRegistered() {
    return registered;
  }
}
