package io.anshim.booking.leftover;

import io.anshim.booking.Booking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Bars people who did not come for a leftover dose from taking another one for a while. */
@ApplicationScoped
public class LeftoverBans {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  private Duration period;

  @PostConstruct
  void readPeriod() {
    period = LeftoverBanPeriod.fromSystem();
  }

  /** Called when a leftover booking is marked no-show; a zero period bans nobody. */
  public Optional<Instant> banAfterNoShow(Booking booking, Instant now) {
    if (!booking.isLeftover() || period.isZero()) {
      return Optional.empty();
    }
    Instant until = now.plus(period);
    em.persist(new LeftoverBan(booking.getCitizenId(), booking.getId(), now, until));
    return Optional.of(until);
  }

  /** The end of the person's longest ban still running at {@code now}, if any. */
  public Optional<Instant> bannedUntil(long citizenId, Instant now) {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MAX(b.bannedUntil) FROM LeftoverBan b"
                    + " WHERE b.citizenId = :citizen AND b.bannedUntil > :now",
                Instant.class)
            .setParameter("citizen", citizenId)
            .setParameter("now", now)
            .getSingleResult());
  }
}
