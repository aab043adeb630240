package io.anshim.booking.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.identity.CitizenRepository;
import io.anshim.identity.CitizenSignedIn;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyPeopleTest {

  private final List<String> reads = new ArrayList<>();
  private final PolicyPeople people = new PolicyPeople();

  PolicyPeopleTest() {
    people.citizens =
        (CitizenRepository)
            Proxy.newProxyInstance(
                CitizenRepository.class.getClassLoader(),
                new Class<?>[] {CitizenRepository.class},
                (proxy, method, arguments) -> {
                  reads.add(method.getName() + " " + arguments[0]);
                  return Optional.empty();
                });
  }

  @Test
  void aCitizenSignedInOnThisNodeIsKnownWithoutReadingTheirRow() {
    LocalDate born = LocalDate.of(1989, 8, 19);
    people.onSignIn(new CitizenSignedIn(7, born, "hash-7"));

    assertEquals(Optional.of(new PolicyPeople.Person(7, born, "hash-7")), people.person(7));
    assertEquals(List.of(), reads);
  }

  @Test
  void anyoneElseIsReadFromTheirRow() {
    people.onSignIn(new CitizenSignedIn(7, LocalDate.of(1989, 8, 19), "hash-7"));

    assertEquals(Optional.empty(), people.person(8));
    assertEquals(List.of("citizen 8"), reads);
  }
}
