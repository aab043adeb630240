package io.anshim.vaccination;

import io.anshim.identity.CitizenRepository;
import io.anshim.identity.StaffAccount;
import io.anshim.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Where a vaccinator works: always the center of their staff account, never one a request names, so
 * a vaccinator can only ever see and act on their own center.
 */
@ApplicationScoped
public class VaccinatorWorkplace {

  @Inject private CitizenRepository accounts;

  public Vaccinator of(Principal caller) {
    StaffAccount account =
        accounts
            .staffAccount(caller.getName())
            .filter(a -> a.getCenterId() != null)
            .orElseThrow(() -> new NotFoundException("error.vaccinator.noCenter"));
    return new Vaccinator(account.getUsername(), account.getCenterId());
  }
}
