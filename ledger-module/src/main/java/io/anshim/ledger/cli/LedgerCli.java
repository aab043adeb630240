package io.anshim.ledger.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline auditor: recomputes tree heads and proofs and verifies proofs and signed checkpoints.
 * Exit status 0 means success or valid; 1 means invalid or an error (explained on one line).
 */
public final class LedgerCli {

  private final Map<String, Command> commands = new LinkedHashMap<>();

  public LedgerCli() {
    register(new RootCommand());
    register(new InclusionProofCommand());
    register(new ConsistencyProofCommand());
    register(new VerifyInclusionCommand());
    register(new VerifyConsistencyCommand());
    register(new VerifyCheckpointCommand());
    register(new AuditCommand());
    register(new GenerateKeyCommand());
  }

  private void register(Command command) {
    commands.put(command.name(), command);
  }

  public static void main(String[] args) {
    System.exit(new LedgerCli().run(args, System.in, System.out, System.err));
  }

  /** Runs one command and returns its exit status. */
  public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("error: no command given; try --help");
      return Command.INVALID;
    }
    if (isHelp(args[0])) {
      out.print(usage());
      return Command.VALID;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println("error: unknown command '" + args[0] + "'; try --help");
      return Command.INVALID;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (rest.stream().anyMatch(LedgerCli::isHelp)) {
      out.println("usage: ledger-cli " + command.name() + " " + command.synopsis());
      out.println("  " + command.description());
      return Command.VALID;
    }
    try {
      return command.run(Arguments.parse(rest, command.options()), new CommandContext(in, out));
    } catch (CliException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return Command.INVALID;
    } finally {
      out.flush();
    }
  }

  private static boolean isHelp(String arg) {
    return "--help".equals(arg) || "-h".equals(arg) || "help".equals(arg);
  }

  String usage() {
    StringBuilder text =
        new StringBuilder("usage: java -jar ledger-cli.jar COMMAND [OPTIONS]\n")
            .append(
                "Hex in, hex out; FILE may be - for stdin. Exit status: 0 valid/success, 1 invalid/error.\n\n")
            .append("commands:\n");
    for (Command command : commands.values()) {
      text.append("  ")
          .append(command.name())
          .append(' ')
          .append(command.synopsis())
          .append('\n')
          .append("      ")
          .append(command.description())
          .append('\n');
    }
    return text.toString();
  }
}
