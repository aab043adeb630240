package io.anshim.ledger.merkle;

import java.util.Objects;

/** The hash of one complete subtree, as a store persists it. */
public record SubtreeHash(Subtree subtree, Hash hash) {

  public SubtreeHash {
    Objects.requireNonNull(subtree, "subtree");
    Objects.requireNonNull(hash, "hash");
  }
}
