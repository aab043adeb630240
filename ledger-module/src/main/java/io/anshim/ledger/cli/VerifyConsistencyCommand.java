package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.ConsistencyProof;
import io.anshim.ledger.merkle.InvalidProofException;
import java.util.Set;

/** Checks that a newer tree head extends an older one. */
final class VerifyConsistencyCommand implements Command {

  @Override
  public String name() {
    return "verify-consistency";
  }

  @Override
  public String synopsis() {
    return "--old M --size N --old-root R1 --root R2 --proof FILE";
  }

  @Override
  public String description() {
    return "checks that the tree of size N with root R2 extends the tree of size M with root R1";
  }

  @Override
  public Set<String> options() {
    return Set.of("old", "size", "old-root", "root", "proof");
  }

  @Override
  public int run(Arguments arguments, CommandContext context) throws CliException {
    long oldSize = arguments.unsigned("old");
    long size = arguments.unsigned("size");
    byte[] oldRoot = CommandContext.hex("--old-root", arguments.required("old-root"));
    byte[] root = CommandContext.hex("--root", arguments.required("root"));
    String proofFile = arguments.required("proof");
    try {
      ConsistencyProof.verify(oldSize, size, context.readHexLines(proofFile), oldRoot, root);
    } catch (InvalidProofException e) {
      context.out().println("invalid: " + e.getMessage());
      return INVALID;
    }
    context.out().println("valid");
    return VALID;
  }
}
