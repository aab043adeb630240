package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.MerkleTree;
import java.util.Set;

/** Tree head of a list of leaf inputs. */
final class RootCommand implements Command {

  @Override
  public String name() {
    return "root";
  }

  @Override
  public String synopsis() {
    return "--leaves FILE";
  }

  @Override
  public String description() {
    return "size and root hash of the tree of the leaf inputs in FILE (hex, one per line)";
  }

  @Override
  public Set<String> options() {
    return Set.of("leaves");
  }

  @Override
  public int run(Arguments arguments, CommandContext context) throws CliException {
    MerkleTree tree = MerkleTree.ofLeafHashes(context.readLeafHashes(arguments.required("leaves")));
    context.out().println("size " + tree.size());
    context.out().println("root " + tree.root().hex());
    return VALID;
  }
}
