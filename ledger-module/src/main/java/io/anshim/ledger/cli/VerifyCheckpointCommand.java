package io.anshim.ledger.cli;

import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.InvalidNoteException;
import io.anshim.ledger.note.NoteSignature;
import io.anshim.ledger.note.NoteVerifier;
import io.anshim.ledger.note.SignedNote;
import io.anshim.ledger.note.WitnessPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks a signed checkpoint against the log's key, and optionally its witness cosignatures. */
final class VerifyCheckpointCommand implements Command {

  @Override
  public String name() {
    return "verify-checkpoint";
  }

  @Override
  public String synopsis() {
    return "--key VKEY --note FILE [--origin ORIGIN] [--witness VKEY]... [--quorum K]";
  }

  @Override
  public String description() {
    return "checks the log signature (VKEY: key text or file) and, if given, that K (default: all) witnesses cosigned";
  }

  @Override
  public Set<String> options() {
    return Set.of("key", "note", "origin", "witness", "quorum");
  }

  @Override
  public int run(Arguments arguments, CommandContext context) throws CliException {
    NoteVerifier logKey = verifier("--key", context.valueOrFileContent(arguments.required("key")));
    List<NoteVerifier> witnesses = new ArrayList<>();
    for (String witness : arguments.all("witness")) {
      witnesses.add(verifier("--witness", context.valueOrFileContent(witness)));
    }
    WitnessPolicy policy = witnessPolicy(arguments, witnesses);
    byte[] message = context.read(arguments.required("note"));

    Checkpoint checkpoint;
    List<NoteSignature> signedBy;
    List<NoteSignature> cosignedBy = List.of();
    try {
      SignedNote note = SignedNote.parse(message);
      signedBy = note.verify(List.of(logKey));
      checkpoint = Checkpoint.parse(note.text());
      if (arguments.has("origin") && !checkpoint.origin().equals(arguments.required("origin"))) {
        throw new InvalidNoteException(
            "origin is '"
                + checkpoint.origin()
                + "', expected '"
                + arguments.required("origin")
                + "'");
      }
      if (policy != null) {
        cosignedBy = policy.check(note);
      }
    } catch (InvalidNoteException e) {
      context.out().println("invalid: " + e.getMessage());
      return INVALID;
    }
    context.out().println("valid");
    context.out().println("origin " + checkpoint.origin());
    context.out().println("size " + Long.toUnsignedString(checkpoint.size()));
    context.out().println("root " + checkpoint.root().hex());
    signedBy.forEach(signature -> context.out().println("signed-by " + keyOf(signature)));
    cosignedBy.forEach(signature -> context.out().println("cosigned-by " + keyOf(signature)));
    return VALID;
  }

  private static WitnessPolicy witnessPolicy(Arguments arguments, List<NoteVerifier> witnesses)
      throws CliException {
    if (witnesses.isEmpty()) {
      if (arguments.has("quorum")) {
        throw new CliException("--quorum needs at least one --witness");
      }
      return null;
    }
    long quorum = arguments.has("quorum") ? arguments.unsigned("quorum") : witnesses.size();
    if (quorum < 1 || quorum > witnesses.size()) {
      throw new CliException(
          "--quorum must be between 1 and the number of witnesses (" + witnesses.size() + ")");
    }
    return new WitnessPolicy((int) quorum, witnesses);
  }

  private static NoteVerifier verifier(String option, String vkey) throws CliException {
    try {
      return NoteVerifier.parse(vkey);
    } catch (InvalidNoteException e) {
      throw new CliException(option + ": " + e.getMessage(), e);
    }
  }

  private static String keyOf(NoteSignature signature) {
    return signature.keyName() + "+" + signature.keyIdHex();
  }
}
