package io.anshim.ledger.store;

import io.anshim.ledger.EntryKind;
import io.anshim.ledger.merkle.Hash;
import java.util.Objects;

/** An entry waiting to be sequenced: its kind and its 32 bytes of leaf data. */
public record NewEntry(EntryKind kind, byte[] leafData) {

  public NewEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(leafData, "leafData");
    if (leafData.length != Hash.SIZE) {
      throw new IllegalArgumentException(
          "leaf data is " + Hash.SIZE + " bytes, got " + leafData.length);
    }
    leafData = leafData.clone();
  }
}
