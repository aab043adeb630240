package io.anshim.identity;

import jakarta.ejb.Local;

/** Business owners open their own staff account: email, password, business registration number. */
@Local
public interface BusinessRegistrations {

  /** Refuses a bad email, a short password, a wrong business number, or one already registered. */
  BusinessAccountView register(BusinessRegistrationForm form);
}
