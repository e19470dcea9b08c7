package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.eval.gold.DevSet;
import org.vigie.eval.gold.DevSplit;
import picocli.CommandLine.Option;

/**
 * The options of the commands that score the hand-annotated dev set ({@code
 * SHARED/eval/ml-crisis-gold}): which half, and whether to list errors — only ever on {@code tune},
 * so that {@code check} stays a measure of what was not tuned on.
 */
final class DevSetOptions {
  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "The annotated dev set. Default: SHARED/eval/ml-crisis-gold.")
  Path gold;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "The articles it annotates. Default: SHARED/corpus/ml-crisis-fr.")
  Path corpus;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      defaultValue = "check",
      description = "tune, check or all (default: ${DEFAULT-VALUE}).",
      converter = SplitConverter.class)
  DevSplit split;

  @Option(
      names = {"--errors", "--details"},
      description = "List every miss, wrong value and extra prediction (tune split only).")
  boolean errors;

  /** Parses split names in any case. */
  static final class SplitConverter implements picocli.CommandLine.ITypeConverter<DevSplit> {
    @Override
    public DevSplit convert(String value) {
      for (DevSplit s : DevSplit.values()) {
        if (s.label().equalsIgnoreCase(value)) {
          return s;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "unknown split '" + value + "': use tune, check or all");
    }
  }

  Path goldDir(Path shared) {
    return gold != null ? gold : shared.resolve("eval").resolve("ml-crisis-gold");
  }

  Path corpusDir(Path shared) {
    return corpus != null ? corpus : shared.resolve("corpus").resolve("ml-crisis-fr");
  }

  /** Whether the dev set is there to be scored. */
  boolean present(Path shared) {
    return Files.isDirectory(goldDir(shared)) && Files.isDirectory(corpusDir(shared));
  }

  /** A usage problem with the options, or null: errors are only read on the tune half. */
  String problem() {
    return errors && !split.errorsMayBeRead()
        ? "--errors lists individual errors, which only the tune split may show (use --split tune)"
        : null;
  }

  DevSet read(Path shared) {
    return DevSet.read(goldDir(shared), corpusDir(shared), split);
  }

  /** A list to collect errors in when they were asked for, else null. */
  List<String> errorSink() {
    return errors ? new ArrayList<>() : null;
  }
}
