package io.anshim.ledger;

import java.util.List;

/**
 * What a verifier needs to trust checkpoints: origin, the log's vkey, and the witness policy if
 * any.
 */
public record LogKeyView(
    String origin, String key, String keyId, List<String> witnesses, int witnessQuorum) {

  public LogKeyView {
    witnesses = List.copyOf(witnesses);
  }
}
