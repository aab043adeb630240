package io.anshim.certificate;

import java.util.List;

/**
 * What an imported trust list brought: how many entries checked out, how many were new, and the
 * refused ones with why.
 */
public record TrustImportResult(int accepted, int added, List<Rejected> rejected) {

  public record Rejected(int index, String kid, String reason) {}

  public TrustImportResult {
    rejected = List.copyOf(rejected);
  }

  /**
   * Whether the file as a whole was refused (not JSON, not an array), before any entry was read.
   */
  public boolean wholeFileRefused() {
    return rejected.stream().anyMatch(r -> r.index() < 0);
  }
}
