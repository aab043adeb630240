package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.merkle.InvalidProofException;
import java.util.Set;

/** Checks an inclusion proof against a trusted root. */
final class VerifyInclusionCommand implements Command {

  @Override
  public String name() {
    return "verify-inclusion";
  }

  @Override
  public String synopsis() {
    return "--leaf-hash H --index I --size N --root R --proof FILE";
  }

  @Override
  public String description() {
    return "checks that leaf hash H is at index I of the tree of size N with root R";
  }

  @Override
  public Set<String> options() {
    return Set.of("leaf-hash", "index", "size", "root", "proof");
  }

  @Override
  public int run(Arguments arguments, CommandContext context) throws CliException {
    byte[] leafHash = CommandContext.hex("--leaf-hash", arguments.required("leaf-hash"));
    byte[] root = CommandContext.hex("--root", arguments.required("root"));
    long index = arguments.unsigned("index");
    long size = arguments.unsigned("size");
    String proofFile = arguments.required("proof");
    try {
      InclusionProof.verify(index, size, leafHash, context.readHexLines(proofFile), root);
    } catch (InvalidProofException e) {
      context.out().println("invalid: " + e.getMessage());
      return INVALID;
    }
    context.out().println("valid");
    return VALID;
  }
}
