package io.anshim.ledger.cli;

import io.anshim.ledger.merkle.Hash;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The streams a command talks to, and reading its input files ("-" is stdin). */
final class CommandContext {

  private final InputStream in;
  private final PrintStream out;

  CommandContext(InputStream in, PrintStream out) {
    this.in = in;
    this.out = out;
  }

  PrintStream out() {
    return out;
  }

  byte[] read(String file) throws CliException {
    try {
      return "-".equals(file) ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new CliException("cannot read " + file + ": no such file", e);
    } catch (IOException | InvalidPathException e) {
      throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  String readText(String file) throws CliException {
    return new String(read(file), StandardCharsets.UTF_8);
  }

  /** The option value itself, unless it names a readable file, then that file's content. */
  String valueOrFileContent(String value) throws CliException {
    try {
      if (Files.isRegularFile(Path.of(value))) {
        return readText(value).strip();
      }
    } catch (InvalidPathException e) {
      // not a path: the value itself
    }
    return value;
  }

  /** One hex string per line; blank lines are skipped. */
  List<byte[]> readHexLines(String file) throws CliException {
    List<byte[]> lines = new ArrayList<>();
    int number = 0;
    for (String line : readText(file).split("\n", -1)) {
      number++;
      String hex = line.strip();
      if (hex.isEmpty()) {
        continue;
      }
      try {
        lines.add(HexFormat.of().parseHex(hex));
      } catch (IllegalArgumentException e) {
        throw new CliException(file + " line " + number + " is not hex");
      }
    }
    return lines;
  }

  static byte[] hex(String what, String text) throws CliException {
    try {
      return HexFormat.of().parseHex(text.strip());
    } catch (IllegalArgumentException e) {
      throw new CliException(what + " is not hex");
    }
  }

  /** Leaf inputs from a file, as RFC 9162 leaf hashes. */
  List<Hash> readLeafHashes(String file) throws CliException {
    List<Hash> hashes = new ArrayList<>();
    for (byte[] input : readHexLines(file)) {
      hashes.add(Hash.leafHash(input));
    }
    return hashes;
  }
}
