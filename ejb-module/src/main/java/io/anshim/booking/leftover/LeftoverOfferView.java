package io.anshim.booking.leftover;

import io.anshim.booking.LeftoverOffer;
import io.anshim.center.Vaccine;
import io.anshim.shared.Localized;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Today's leftover doses of one vaccine at the vaccinator's center. */
public record LeftoverOfferView(
    long id,
    long centerId,
    String vaccineCode,
    Localized vaccine,
    LocalDate date,
    int posted,
    int taken,
    int remaining,
    String postedBy,
    Instant postedAt)
    implements Serializable {

  static LeftoverOfferView of(LeftoverOffer offer, Vaccine vaccine) {
    return new LeftoverOfferView(
        offer.getId(),
        offer.getCenterId(),
        offer.getVaccineCode(),
        new Localized(vaccine.getNameKo(), vaccine.getNameEn()),
        offer.getDate(),
        offer.getPosted(),
        offer.getTaken(),
        offer.getRemaining(),
        offer.getPostedBy(),
        offer.getPostedAt());
  }
}
