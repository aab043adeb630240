package io.anshim.ledger;

import io.anshim.testing.AnshimDeployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR plus a test-only WAR at /ledger-test that can append and tamper ({@link
 * LedgerTestHooks}).
 */
final class LedgerTestDeployment {

  private LedgerTestDeployment() {}

  static EnterpriseArchive earWithTestHooks() {
    return AnshimDeployment.earWithTestWar(
        ShrinkWrap.create(WebArchive.class, "ledger-test.war").addClass(LedgerTestHooks.class),
        "ledger-test");
  }
}
