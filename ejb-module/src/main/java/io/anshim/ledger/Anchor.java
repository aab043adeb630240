package io.anshim.ledger;

import java.util.HexFormat;
import java.util.Objects;

/**
 * What a service keeps with a record it anchored: the salt (secret; delete it to erase) and where
 * the commitment sits in the log. {@link Commitment#matches} checks a record against the leaf
 * later.
 */
public record Anchor(EntryKind kind, byte[] salt, long index, byte[] leafData) {

  public Anchor {
    Objects.requireNonNull(kind, "kind");
    salt = Objects.requireNonNull(salt, "salt").clone();
    leafData = Objects.requireNonNull(leafData, "leafData").clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] leafData() {
    return leafData.clone();
  }

  /** Never prints the salt. */
  @Override
  public String toString() {
    return "Anchor[" + kind + " at " + index + ": " + HexFormat.of().formatHex(leafData) + "]";
  }
}
