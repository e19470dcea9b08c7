package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command: subcommands only; {@code vigie --help} lists them. */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    version = "vigie 0.1.0",
    description = "Turns news articles into structured, searchable facts.")
public final class VigieCommand implements Runnable {
  /**
   * The subcommands, in the order {@code vigie --help} lists them. Added to the command line by
   * {@link #commandLine(String...)} rather than named in the annotation, so that a run of one of
   * them builds the model of that one only: picocli reflecting on every command, option and nested
   * eval and bench command was a quarter of the start of a query that takes a second.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
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
          CommandLine.HelpCommand.class);

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
    System.exit(execute(commandLine(args), args));
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

  /** The whole command line, every subcommand in it. */
  static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line that runs {@code args}: with its subcommand alone when the first argument
   * names one, else with every subcommand (for the help, a usage error, a misspelt name).
   */
  static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new VigieCommand());
    Class<?> named = args.length == 0 ? null : named(args[0]);
    for (Class<?> c : named != null ? List.<Class<?>>of(named) : SUBCOMMANDS) {
      cli.addSubcommand(c);
    }
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    // "search Kadhafi -Syrie": a -word in a query is the query's NOT, not an unknown option.
    if (cli.getSubcommands().containsKey("search")) {
      cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    }
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

  /** The subcommand whose name or alias is {@code name}; null for none, or for help. */
  private static Class<?> named(String name) {
    for (Class<?> c : SUBCOMMANDS) {
      Command command = c.getAnnotation(Command.class);
      if (c != CommandLine.HelpCommand.class
          && (command.name().equals(name) || List.of(command.aliases()).contains(name))) {
        return c;
      }
    }
    return null;
  }
}
