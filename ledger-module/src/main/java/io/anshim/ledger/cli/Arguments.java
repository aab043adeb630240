package io.anshim.ledger.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs; an option may repeat. */
final class Arguments {

  private final Map<String, List<String>> values;

  private Arguments(Map<String, List<String>> values) {
    this.values = values;
  }

  static Arguments parse(List<String> args, Set<String> allowed) throws CliException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String option = args.get(i);
      if (!option.startsWith("--") || option.length() == 2) {
        throw new CliException("expected an option, got '" + option + "'");
      }
      String name = option.substring(2);
      if (!allowed.contains(name)) {
        throw new CliException("unknown option --" + name);
      }
      if (i + 1 >= args.size()) {
        throw new CliException("option --" + name + " needs a value");
      }
      values.computeIfAbsent(name, key -> new ArrayList<>()).add(args.get(i + 1));
    }
    return new Arguments(values);
  }

  String required(String name) throws CliException {
    List<String> given = all(name);
    if (given.isEmpty()) {
      throw new CliException("missing option --" + name);
    }
    if (given.size() > 1) {
      throw new CliException("option --" + name + " given more than once");
    }
    return given.get(0);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** An unsigned 64-bit decimal, as tree sizes and indices are. */
  long unsigned(String name) throws CliException {
    String text = required(name);
    try {
      return Long.parseUnsignedLong(text);
    } catch (NumberFormatException e) {
      throw new CliException(
          "--" + name + " must be an unsigned 64-bit decimal, got '" + text + "'");
    }
  }
}
