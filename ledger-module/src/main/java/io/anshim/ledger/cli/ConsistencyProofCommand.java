package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.MerkleTree;
import java.util.Set;

/** Proof that an older tree is a prefix of a newer one. */
final class ConsistencyProofCommand implements Command {

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
  public int run(Arguments arguments, CommandContext context) throws CliException {
    MerkleTree tree = MerkleTree.ofLeafHashes(context.readLeafHashes(arguments.required("leaves")));
    long size = arguments.has("size") ? arguments.unsigned("size") : tree.size();
    for (Hash hash : tree.consistencyProof(arguments.unsigned("old"), size).path()) {
      context.out().println(hash.hex());
    }
    return VALID;
  }
}
