package io.anshim.admin;

import java.util.Map;

/** Whether each thing the system depends on answered, and an overall verdict. */
public record HealthReport(boolean up, Map<String, String> checks) {

  public HealthReport {
    checks = Map.copyOf(checks);
  }
}
