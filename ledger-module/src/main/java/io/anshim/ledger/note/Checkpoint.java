package io.anshim.ledger.note;

import io.anshim.ledger.merkle.Hash;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A tree head in c2sp.org/tlog-checkpoint form: origin line, decimal tree size, base64 root hash,
 * then optional non-empty extension lines. The size is an unsigned 64-bit value.
 */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {

  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(extensions, "extensions");
    requireLine(origin, "origin");
    extensions = List.copyOf(extensions);
    extensions.forEach(line -> requireLine(line, "extension line"));
  }

  public Checkpoint(String origin, long size, Hash root) {
    this(origin, size, root, List.of());
  }

  /** Parses a note text as a checkpoint body. */
  public static Checkpoint parse(String body) throws InvalidNoteException {
    Objects.requireNonNull(body, "body");
    NoteText.requireValid(body, "checkpoint");
    if (!body.endsWith("\n")) {
      throw new InvalidNoteException("checkpoint must end with a newline");
    }
    List<String> lines = Arrays.asList(body.substring(0, body.length() - 1).split("\n", -1));
    if (lines.size() < 3) {
      throw new InvalidNoteException("checkpoint needs origin, size and root hash lines");
    }
    if (lines.stream().anyMatch(String::isEmpty)) {
      throw new InvalidNoteException("checkpoint lines must not be empty");
    }
    String sizeLine = lines.get(1);
    if (!sizeLine.chars().allMatch(c -> c >= '0' && c <= '9')
        || (sizeLine.length() > 1 && sizeLine.charAt(0) == '0')) {
      throw new InvalidNoteException(
          "checkpoint size must be decimal without leading zeros: '" + sizeLine + "'");
    }
    long size;
    try {
      size = Long.parseUnsignedLong(sizeLine);
    } catch (NumberFormatException e) {
      throw new InvalidNoteException("checkpoint size exceeds 2^64-1", e);
    }
    byte[] root = NoteText.decodeBase64(lines.get(2), "checkpoint root hash");
    if (root.length != Hash.SIZE) {
      throw new InvalidNoteException(
          "checkpoint root hash is " + root.length + " bytes, expected 32");
    }
    return new Checkpoint(lines.get(0), size, Hash.of(root), lines.subList(3, lines.size()));
  }

  /** The note text: every line newline-terminated. */
  public String body() {
    StringBuilder out =
        new StringBuilder()
            .append(origin)
            .append('\n')
            .append(Long.toUnsignedString(size))
            .append('\n')
            .append(root.base64())
            .append('\n');
    extensions.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  /** This checkpoint signed by the log's key. */
  public SignedNote sign(NoteSigner logKey) {
    return Objects.requireNonNull(logKey, "logKey").signNote(body());
  }

  private static void requireLine(String line, String what) {
    if (line.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    try {
      NoteText.requireValid(line, what);
    } catch (InvalidNoteException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(what + " must be a single line");
    }
  }
}
