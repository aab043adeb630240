package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.MerkleTree;
import java.util.Set;

/** Audit path of one leaf. */
final class InclusionProofCommand implements Command {

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
  public int run(Arguments arguments, CommandContext context) throws CliException {
    MerkleTree tree = MerkleTree.ofLeafHashes(context.readLeafHashes(arguments.required("leaves")));
    long size = arguments.has("size") ? arguments.unsigned("size") : tree.size();
    for (Hash hash : tree.inclusionProof(arguments.unsigned("index"), size).path()) {
      context.out().println(hash.hex());
    }
    return VALID;
  }
}
