package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.MerkleTree;
import java.util.List;
import java.util.Set;

/** Proof that an older tree is a prefix of a newer one. */
final class ConsistencyProofCommand extends ProofCommand {

  @Override
  public String name() {
    return "consistency-proof";
  }

  @Override
  public String synopsis() {
    return "--leaves FILE --old M [--size N]";
  }

  @Override
  public String description() {
    return "consistency proof from size M to size N (default: all leaves), one hash per line";
  }

  @Override
  public Set<String> options() {
    return Set.of("leaves", "old", "size");
  }

  @Override
  List<Hash> path(MerkleTree tree, long size, Arguments arguments) throws CliException {
    return tree.consistencyProof(arguments.unsigned("old"), size).path();
  }
}
