package io.anshim.shared;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Input broke one or more constraints. Each violation names the field and the message key of the
 * ValidationMessages bundle, so the caller can say it in the user's language.
 */
public class ValidationFailedException extends InvalidRequestException {

  /** A broken constraint: the field and its message template, e.g. {center.nameKo.required}. */
  public record Violation(String field, String messageTemplate) {}

  private final List<Violation> violations;

  public ValidationFailedException(Set<? extends ConstraintViolation<?>> violations) {
    super("error.validation", violations.size());
    this.violations =
        violations.stream()
            .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessageTemplate()))
            .sorted(Comparator.comparing(Violation::field))
            .toList();
  }

  public List<Violation> violations() {
    return violations;
  }
}
