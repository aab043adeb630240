package io.anshim.identity;

import io.anshim.center.CenterRepository;
import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.Page;
import io.anshim.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

@Stateless
@RolesAllowed("OPERATOR")
public class DefaultStaffAccounts implements StaffAccounts {

  /** Operators open these; business owners register themselves, operators come from the setup. */
  private static final Set<String> ROLES = Set.of("VACCINATOR", "INVESTIGATOR");

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,79}");

  @Inject private CitizenRepository repository;
  @Inject private CenterRepository centers;
  @Inject private Clock clock;

  @Override
  public StaffAccountView create(StaffAccountForm form) {
    String username =
        form.getUsername() == null ? "" : form.getUsername().strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidRequestException("error.staff.usernameFormat");
    }
    String role = form.getRole() == null ? "" : form.getRole().strip().toUpperCase(Locale.ROOT);
    if (!ROLES.contains(role)) {
      throw new InvalidRequestException("error.staff.roleNotCreatable");
    }
    String name = form.getDisplayName() == null ? "" : form.getDisplayName().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidRequestException("error.staff.displayNameRequired");
    }
    if (role.equals("VACCINATOR")) {
      if (form.getCenterId() == null) {
        throw new InvalidRequestException("error.staff.centerRequired");
      }
      centers
          .center(form.getCenterId())
          .orElseThrow(() -> new NotFoundException("error.unknownCenter", form.getCenterId()));
    }
    String hash = StaffPasswords.hash(form.getPassword());
    if (repository.staffAccount(username).isPresent()) {
      throw new ConflictException("error.staff.usernameTaken");
    }
    StaffAccount account = new StaffAccount(username, hash, role, name, clock.instant());
    if (role.equals("VACCINATOR")) {
      account.bindToCenter(form.getCenterId());
    }
    repository.add(account);
    return view(account);
  }

  @Override
  public Page<StaffAccountView> list(int page, int size) {
    PageRequest request = new PageRequest(page, size);
    return new Page<>(
        repository.staffAccounts(ROLES, request.offset(), request.size()).stream()
            .map(DefaultStaffAccounts::view)
            .toList(),
        request.page(),
        request.size(),
        repository.countStaffAccounts(ROLES));
  }

  @Override
  public StaffAccountView setEnabled(long id, boolean enabled) {
    StaffAccount account =
        repository
            .staffAccount(id)
            .orElseThrow(() -> new NotFoundException("error.staff.unknownAccount", id));
    if (!ROLES.contains(account.getRole())) {
      // operators and business owners are not the operator's to switch off here
      throw new InvalidRequestException("error.staff.notManaged", account.getUsername());
    }
    account.setEnabled(enabled);
    return view(account);
  }

  private static StaffAccountView view(StaffAccount account) {
    return new StaffAccountView(
        account.getId(),
        account.getUsername(),
        account.getRole(),
        account.getDisplayName(),
        account.getCenterId(),
        account.isEnabled());
  }
}
