package io.github.vanban.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vanban} command: reads Vietnamese directive documents and answers what they demand of whom. */
@Command(
    name = "vanban",
    mixinStandardHelpOptions = true,
    version = "vanban 0.1.0",
    description = "Reads Vietnamese Party and State directive documents and answers what they demand of whom.",
    subcommands = {ExtractCommand.class, GenerateCommand.class, ObligationsCommand.class, CascadeCommand.class,
        GraphCommand.class, CommandLine.HelpCommand.class})
public final class VanbanCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Runs the command line and returns its exit code. */
  static int run(String... args) {
    return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams and returns its exit code. */
  static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new VanbanCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("vanban: " + e.getMessage());
      return 2;
    });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }
}
