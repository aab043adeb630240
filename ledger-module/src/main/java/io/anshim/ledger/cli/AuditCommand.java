package io.anshim.ledger.cli;

import io.anshim.ledger.audit.Divergence;
import io.anshim.ledger.audit.LogReplay;
import io.anshim.ledger.merkle.ConsistencyProof;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.merkle.InvalidProofException;
import io.anshim.ledger.note.Checkpoint;
import io.anshim.ledger.note.InvalidNoteException;
import io.anshim.ledger.note.NoteVerifier;
import io.anshim.ledger.note.SignedNote;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Audits a running server from outside: every signed checkpoint against the log key, every root
 * recomputed from all entries, every consistency proof between consecutive checkpoints. A root that
 * does not match is narrowed down to the entry whose inclusion proof fails.
 */
final class AuditCommand implements Command {

  private static final int ENTRIES_PER_REQUEST = 1000;
  private static final int CHECKPOINTS_PER_REQUEST = 100;

  @Override
  public String name() {
    return "audit";
  }

  @Override
  public String synopsis() {
    return "--url BASE [--key VKEY] [--origin ORIGIN]";
  }

  @Override
  public String description() {
    return "fetches all entries and checkpoints from a server (BASE: e.g. http://localhost:8080/), recomputes"
        + " every root, checks signatures (VKEY: pinned key; default: the one the server publishes) and"
        + " consistency between consecutive checkpoints; reports the first divergence";
  }

  @Override
  public Set<String> options() {
    return Set.of("url", "key", "origin");
  }

  @Override
  public int run(Arguments arguments, CommandContext context) throws CliException {
    LedgerServer server = new LedgerServer(arguments.required("url"));
    String vkey =
        arguments.has("key")
            ? context.valueOrFileContent(arguments.required("key"))
            : server.text("api/ledger/key").strip();
    NoteVerifier logKey;
    try {
      logKey = NoteVerifier.parse(vkey);
    } catch (InvalidNoteException e) {
      throw new CliException("log key: " + e.getMessage(), e);
    }
    String origin = arguments.has("origin") ? arguments.required("origin") : logKey.name();

    List<Checkpoint> checkpoints = new ArrayList<>();
    Optional<Divergence> badCheckpoint = readCheckpoints(server, logKey, origin, checkpoints);
    checkpoints.sort(Comparator.comparingLong(Checkpoint::size));
    long size = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).size();

    LogReplay replay = new LogReplay(checkpoints);
    badCheckpoint.ifPresent(d -> replay.diverged(d.index(), d.finding()));
    for (long start = 0; start < size; start += ENTRIES_PER_REQUEST) {
      List<String> lines =
          server.lines("api/ledger/entries?start=" + start + "&count=" + ENTRIES_PER_REQUEST);
      for (String line : lines) {
        String[] fields = line.split(" ");
        long index = Long.parseLong(fields[0]);
        if (index != replay.size()) {
          replay.diverged(replay.size(), "the server skipped entry " + replay.size());
          break;
        }
        replay.replay(index, HexFormat.of().parseHex(fields[2]));
      }
      if (lines.isEmpty()) {
        break;
      }
    }
    replay.finish();
    checkConsistency(server, checkpoints, replay);

    context.out().println("entries " + replay.size());
    context.out().println("checkpoints " + checkpoints.size());
    context.out().println("root " + replay.root().hex());
    Optional<Divergence> divergence =
        replay.firstDivergence().map(d -> narrowDown(server, checkpoints, d));
    if (divergence.isPresent()) {
      context
          .out()
          .println(
              "divergence at index "
                  + divergence.get().index()
                  + ": "
                  + divergence.get().finding());
      return INVALID;
    }
    context.out().println("valid");
    return VALID;
  }

  private static Optional<Divergence> readCheckpoints(
      LedgerServer server, NoteVerifier logKey, String origin, List<Checkpoint> into)
      throws CliException {
    Divergence first = null;
    for (int page = 0; ; page++) {
      List<String> notes =
          server.lines("api/ledger/checkpoints?page=" + page + "&size=" + CHECKPOINTS_PER_REQUEST);
      for (String encoded : notes) {
        String note = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        try {
          SignedNote signed = SignedNote.parse(note);
          signed.verify(List.of(logKey));
          Checkpoint checkpoint = Checkpoint.parse(signed.text());
          if (!checkpoint.origin().equals(origin)) {
            throw new InvalidNoteException(
                "origin is '" + checkpoint.origin() + "', not '" + origin + "'");
          }
          into.add(checkpoint);
        } catch (InvalidNoteException e) {
          if (first == null) {
            first = new Divergence(0, "a checkpoint does not verify: " + e.getMessage());
          }
        }
      }
      if (notes.size() < CHECKPOINTS_PER_REQUEST) {
        return Optional.ofNullable(first);
      }
    }
  }

  private static void checkConsistency(
      LedgerServer server, List<Checkpoint> checkpoints, LogReplay replay) throws CliException {
    for (int i = 1; i < checkpoints.size(); i++) {
      Checkpoint older = checkpoints.get(i - 1);
      Checkpoint newer = checkpoints.get(i);
      if (older.size() == 0 || older.size() == newer.size()) {
        continue;
      }
      List<Hash> path = new ArrayList<>();
      for (String hex :
          server.lines(
              "api/ledger/proofs/consistency?old=" + older.size() + "&size=" + newer.size())) {
        path.add(Hash.fromHex(hex));
      }
      try {
        new ConsistencyProof(older.size(), newer.size(), path).verify(older.root(), newer.root());
      } catch (InvalidProofException e) {
        replay.diverged(
            older.size(),
            "checkpoints of sizes "
                + older.size()
                + " and "
                + newer.size()
                + " are not consistent: "
                + e.getMessage());
      }
    }
  }

  /**
   * For a checkpoint whose root differs, finds the first entry in its range whose inclusion proof
   * fails.
   */
  private static Divergence narrowDown(
      LedgerServer server, List<Checkpoint> checkpoints, Divergence divergence) {
    Checkpoint covering =
        checkpoints.stream().filter(c -> c.size() > divergence.index()).findFirst().orElse(null);
    if (covering == null || !divergence.finding().contains("the change lies in entries [")) {
      return divergence;
    }
    String range = divergence.finding().substring(divergence.finding().lastIndexOf('[') + 1);
    long from = Long.parseLong(range.substring(0, range.indexOf(',')));
    try {
      for (long index = from; index < covering.size(); index++) {
        String[] entry =
            server.lines("api/ledger/entries?start=" + index + "&count=1").get(0).split(" ");
        List<Hash> path = new ArrayList<>();
        for (String hex :
            server.lines(
                "api/ledger/proofs/inclusion?index=" + index + "&size=" + covering.size())) {
          path.add(Hash.fromHex(hex));
        }
        Hash leafHash = Hash.leafHash(HexFormat.of().parseHex(entry[2]));
        if (!new InclusionProof(index, covering.size(), path).isValid(leafHash, covering.root())) {
          return new Divergence(
              index,
              "entry "
                  + index
                  + " (leaf hash "
                  + leafHash.hex()
                  + ") is not included in the signed checkpoint of size "
                  + covering.size()
                  + "; "
                  + divergence.finding());
        }
      }
    } catch (CliException | RuntimeException e) {
      return divergence;
    }
    return divergence;
  }
}
