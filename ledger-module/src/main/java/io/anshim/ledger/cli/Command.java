package io.anshim.ledger.cli;

import java.util.Set;

/**
 * One sub-command of the auditor. To add one, implement this and register it in {@link LedgerCli}.
 */
interface Command {

  int VALID = 0;
  int INVALID = 1;

  String name();

  /** The options after the command name, e.g. {@code --leaves FILE}. */
  String synopsis();

  String description();

  /** Option names (without dashes) this command accepts; others are rejected. */
  Set<String> options();

  /**
   * @return the exit status
   */
  int run(Arguments arguments, CommandContext context) throws CliException;
}
