package io.anshim.identity;

import io.anshim.shared.Page;
import jakarta.ejb.Local;

/** Operators open accounts for vaccinators (bound to a center) and investigators. */
@Local
public interface StaffAccounts {

  StaffAccountView create(StaffAccountForm form);

  /** Vaccinator and investigator accounts, newest first. */
  Page<StaffAccountView> list(int page, int size);

  /** Lets the account sign in again, or stops it from signing in; vaccinators and investigators. */
  StaffAccountView setEnabled(long id, boolean enabled);
}
