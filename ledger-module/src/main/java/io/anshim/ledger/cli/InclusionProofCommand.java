package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.MerkleTree;
import java.util.List;
import java.util.Set;

/** Audit path of one leaf. */
final class InclusionProofCommand extends ProofCommand {

  @Override
  public String name() {
    return "inclusion-proof";
  }

  @Override
  public String synopsis() {
    return "--leaves FILE --index I [--size N]";
  }

  @Override
  public String description() {
    return "inclusion proof of leaf I in the tree of the first N leaves (default: all), one hash per line";
  }

  @Override
  public Set<String> options() {
    return Set.of("leaves", "index", "size");
  }

  @Override
  List<Hash> path(MerkleTree tree, long size, Arguments arguments) throws CliException {
    return tree.inclusionProof(arguments.unsigned("index"), size).path();
  }
}
