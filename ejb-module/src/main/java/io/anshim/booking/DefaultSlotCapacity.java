package io.anshim.booking;

import io.anshim.center.VaccinationCenter;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

@Stateless
@PermitAll
public class DefaultSlotCapacity implements SlotCapacity {

  @Inject private JpaBookingRepository repository;
  @Inject private Event<CapacityChanged> changes;

  @Override
  @RolesAllowed("OPERATOR")
  public int changeDosesPerSlot(long centerId, int dosesPerSlot) {
    if (dosesPerSlot < 0 || dosesPerSlot > 1000) {
      throw new InvalidRequestException("error.booking.dosesPerSlot", dosesPerSlot);
    }
    VaccinationCenter center =
        repository
            .center(centerId)
            .orElseThrow(() -> new NotFoundException("error.unknownCenter", centerId));
    center.takePerSlot(dosesPerSlot);
    changes.fire(new CapacityChanged(centerId));
    return dosesPerSlot;
  }
}
