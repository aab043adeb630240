package io.anshim.identity;

import jakarta.ejb.Local;

/** Operators open accounts for vaccinators (bound to a center) and investigators. */
@Local
public interface StaffAccounts {

  StaffAccountView create(StaffAccountForm form);
}
