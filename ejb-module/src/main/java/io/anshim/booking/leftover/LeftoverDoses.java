package io.anshim.booking.leftover;

import io.anshim.identity.CitizenCaller;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Leftover doses: a vaccinator posts (and withdraws) today's leftovers at their own center;
 * citizens find centers with leftovers near them and take one dose, first come.
 */
@Local
public interface LeftoverDoses {

  /** Today's offers at the signed-in vaccinator's center. */
  List<LeftoverOfferView> todaysOffers();

  /** Adds doses to today's offer of the vaccine at the vaccinator's center (made if none yet). */
  LeftoverOfferView post(LeftoverPost post);

  /** Withdraws the doses of an offer nobody took yet; the taken ones stay booked. */
  LeftoverOfferView withdraw(long offerId);

  /** Centers of a district with doses left today. */
  List<LeftoverCenter> inDistrict(String districtCode);

  /** Centers with doses left today, nearest first from the given place. */
  List<LeftoverCenter> near(Double latitude, Double longitude);

  /**
   * Takes one dose of the offer for the signed-in citizen's next dose, first come: refused when
   * none is left, the person is fully vaccinated, already booked for that dose, or barred after a
   * no-show. Sends a confirmation by SMS.
   */
  LeftoverBooking take(CitizenCaller caller, long offerId);
}
