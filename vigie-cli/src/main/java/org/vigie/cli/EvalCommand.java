package org.vigie.cli;

import picocli.CommandLine.Command;

/** {@code vigie eval}: quality of each layer on named data; one subcommand per layer. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate a layer on named data (precision, recall, F1 and accuracies).",
    subcommands = {
      EvalCleaningCommand.class,
      EvalQuotesCommand.class,
      EvalTimeCommand.class,
      EvalEntitiesCommand.class,
      EvalStoriesCommand.class,
      EvalTimelineCommand.class,
      EvalGoldCommand.class,
      EvalEventsCommand.class
    })
final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "missing layer: vigie eval cleaning|quotes|time|entities|stories|... (vigie eval --help)");
  }
}
