package io.anshim.identity;

import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

@Stateless
@PermitAll
public class DefaultBusinessRegistrations implements BusinessRegistrations {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject private CitizenRepository repository;
  @Inject private Clock clock;

  @Override
  public BusinessAccountView register(BusinessRegistrationForm form) {
    String email = form.getEmail() == null ? "" : form.getEmail().strip().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(email).matches() || email.length() > 80) {
      throw new InvalidRequestException("error.staff.emailFormat");
    }
    String name = form.getBusinessName() == null ? "" : form.getBusinessName().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidRequestException("error.staff.businessNameRequired");
    }
    BusinessNumber number = BusinessNumber.parse(form.getBusinessNumber());
    String hash = StaffPasswords.hash(form.getPassword());
    if (repository.staffAccount(email).isPresent()) {
      throw new ConflictException("error.staff.emailTaken");
    }
    if (repository.businessNumberTaken(number.digits())) {
      throw new ConflictException("error.staff.businessNumberTaken", number.formatted());
    }
    StaffAccount account = new StaffAccount(email, hash, "BUSINESS", name, clock.instant());
    repository.add(account);
    repository.add(new BusinessOwner(account.getId(), number.digits(), name));
    return new BusinessAccountView(email, number.formatted(), name);
  }
}
