package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command: subcommands only; {@code vigie --help} lists them. */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    version = "vigie 0.1.0",
    description = "Turns news articles into structured, searchable facts.",
    subcommands = {
      AnalyzeCommand.class,
      QuotesCommand.class,
      EntitiesCommand.class,
      EventsCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      StoriesCommand.class,
      SimilarCommand.class,
      OutletsCommand.class,
      ExportCommand.class,
      TimelineCommand.class,
      BulletinCommand.class,
      ServeCommand.class,
      CheckCommand.class,
      CompactCommand.class,
      CommandLine.HelpCommand.class
    })
public final class VigieCommand implements Runnable {
  /** Exit code when every document was processed (some may carry diagnostics). */
  static final int OK = 0;

  /** Exit code when some documents failed; each failure is on stderr. */
  static final int SOME_FAILED = 1;

  /** Exit code for a usage error, or when nothing could be processed. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(execute(commandLine(), args));
  }

  /**
   * Runs a command and checks, last, that its standard output was written in full: a command that
   * printed into a full disk or a closed pipe exits 2 with one line, whatever it thought it did.
   */
  static int execute(CommandLine cli, String... args) {
    int exit = cli.execute(args);
    // A run that already failed (exit 2) has said why in one line, often this very failure.
    if (exit != USAGE && cli.getOut().checkError()) {
      cli.getErr().println("vigie: " + StandardOutput.BROKEN);
      return USAGE;
    }
    return exit;
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new VigieCommand());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    // "search Kadhafi -Syrie": a -word in a query is the query's NOT, not an unknown option.
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    // "--type person" as well as "--type PERSON".
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // Bad configuration and the like: one line, no stack trace.
          commandLine.getErr().println("vigie: " + CliErrors.oneLine(e));
          return USAGE;
        });
    return cli;
  }
}
