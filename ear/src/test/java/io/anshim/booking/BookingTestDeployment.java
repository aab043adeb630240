package io.anshim.booking;

import io.anshim.testing.AnshimDeployment;
import io.anshim.vaccination.VaccinationTestDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR plus a test-only WAR at /booking-test that reads slots and writes vaccination
 * records ({@link BookingTestHooks}).
 */
final class BookingTestDeployment {

  private BookingTestDeployment() {}

  static EnterpriseArchive earWithTestHooks() {
    WebArchive hooks =
        ShrinkWrap.create(WebArchive.class, "booking-test.war").addClass(BookingTestHooks.class);
    return AnshimDeployment.earWithTestWar(hooks, "booking-test");
  }

  /**
   * Also the vaccination fixtures at /vaccination-test, for what the booking API will not make: a
   * booking in the past, a day without free places.
   */
  static EnterpriseArchive earWithTestHooksAndFixtures() {
    return VaccinationTestDeployment.withTestHooks(earWithTestHooks());
  }
}
