package io.anshim.booking.policy;

import io.anshim.identity.CitizenRepository;
import io.anshim.identity.CitizenSignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the policy needs of a person, kept on this node once read: the birth date and the keyed hash
 * of the resident number. Both are fixed when the citizen is registered and never change, so
 * nothing can make a kept copy wrong; the policy asks on every booking, and no longer reads the
 * citizen's row for it. A sign-in on this node keeps them before the citizen's first booking
 * request, which then reads no row either. (Priority-group membership does change, and is still
 * read every time.)
 */
@ApplicationScoped
class PolicyPeople {

  /** Past this many people kept, it starts again (forgetting is always safe). */
  static final int MAX_PEOPLE = 500_000;

  /** A person as the policy sees them. */
  record Person(long citizenId, LocalDate birthDate, String residentNumberHash) {}

  private final ConcurrentMap<Long, Person> people = new ConcurrentHashMap<>();

  @Inject CitizenRepository citizens;

  /** The person if this node keeps them; never reads the citizen's row. */
  Optional<Person> known(long citizenId) {
    return Optional.ofNullable(people.get(citizenId));
  }

  Optional<Person> person(long citizenId) {
    Person known = people.get(citizenId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Person> read =
        citizens
            .citizen(citizenId)
            .map(c -> new Person(c.getId(), c.getBirthDate(), c.getResidentNumberHash()));
    read.ifPresent(this::keep);
    return read;
  }

  void onSignIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) CitizenSignedIn signedIn) {
    keep(new Person(signedIn.citizenId(), signedIn.birthDate(), signedIn.residentNumberHash()));
  }

  private void keep(Person person) {
    if (people.size() >= MAX_PEOPLE) {
      people.clear();
    }
    people.put(person.citizenId(), person);
  }
}
