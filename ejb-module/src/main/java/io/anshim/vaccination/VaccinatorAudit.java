package io.anshim.vaccination;

import io.anshim.vaccination.VaccinatorAction.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Writes the vaccinators' audit trail, in the transaction of the action it records. */
@ApplicationScoped
public class VaccinatorAudit {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  public void record(
      Vaccinator who, Kind action, Long bookingId, Long offerId, String detail, Instant at) {
    em.persist(
        new VaccinatorAction(
            at, who.username(), who.centerId(), action, bookingId, offerId, detail));
  }
}
