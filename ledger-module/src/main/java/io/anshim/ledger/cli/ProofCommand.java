package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.MerkleTree;
import java.util.List;

/**
 * The shape of both proof commands: build the tree of {@code --leaves}, take the tree of the first
 * {@code --size} leaves (default: all), print the proof's hashes one per line.
 */
abstract class ProofCommand implements Command {

  /** The proof's hashes in the tree of the first {@code size} leaves. */
  abstract List<Hash> path(MerkleTree tree, long size, Arguments arguments) throws CliException;

  @Override
  public final int run(Arguments arguments, CommandContext context) throws CliException {
    MerkleTree tree = MerkleTree.ofLeafHashes(context.readLeafHashes(arguments.required("leaves")));
    long size = arguments.has("size") ? arguments.unsigned("size") : tree.size();
    for (Hash hash : path(tree, size, arguments)) {
      context.out().println(hash.hex());
    }
    return VALID;
  }
}
