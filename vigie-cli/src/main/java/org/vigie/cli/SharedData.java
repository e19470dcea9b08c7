package org.vigie.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --shared DIR} option of the evaluation commands: where the shared data lives. */
final class SharedData {
  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared",
      description = "The shared data folder. Default: ${DEFAULT-VALUE}.")
  Path shared;
}
