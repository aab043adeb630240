package io.anshim.booking;

import io.anshim.testing.AnshimDeployment;
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
}
