package io.anshim.booking.policy;

import io.anshim.identity.CitizenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the policy needs of a person, kept on this node once read: the birth date and the keyed hash
 * of the resident number. Both are fixed when the citizen is registered and never change, so
 * nothing can make a kept copy wrong; the policy asks on every booking, and no longer reads the
 * citizen's row for it. (Priority-group membership does change, and is still read every time.)
 */
@ApplicationScoped
class PolicyPeople {

  /** Past this many people kept, it starts again (forgetting is always safe). */
  static final int MAX_PEOPLE = 500_000;

  /** A person as the policy sees them. */
  record Person(long citizenId, LocalDate birthDate, String residentNumberHash) {}

  private final ConcurrentMap<Long, Person> people = new ConcurrentHashMap<>();

  @Inject private CitizenRepository citizens;

  Optional<Person> person(long citizenId) {
    Person known = people.get(citizenId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Person> read =
        citizens
            .citizen(citizenId)
            .map(c -> new Person(c.getId(), c.getBirthDate(), c.getResidentNumberHash()));
    read.ifPresent(
        p -> {
          if (people.size() >= MAX_PEOPLE) {
            people.clear();
          }
          people.put(citizenId, p);
        });
    return read;
  }
}
