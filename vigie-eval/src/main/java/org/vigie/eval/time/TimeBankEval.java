package org.vigie.eval.time;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.model.Diagnostic;
import org.vigie.model.Timex;
import org.vigie.time.TimeExpressionStage;

/**
 * Scores the time stage on a French TimeBank folder, each document anchored on its gold creation
 * time, and optionally HeidelTime on the same documents in the same run.
 */
public final class TimeBankEval {
  /** The scores of one system, and how long it took. */
  public record SystemResult(String system, TimexScores scores, long millis) {
    public String line() {
      return String.format(Locale.ROOT, "  %-12s %s  [%d ms]", system, scores.line(), millis);
    }
  }

  private TimeBankEval() {}

  /**
   * The unweighted mean of one system's figures over the two folds (each fold scored as trained on
   * the other): strict and relaxed extent F1, value accuracy and value F1.
   */
  public static String meanLine(String system, TimexScores x, TimexScores y) {
    return String.format(
        Locale.ROOT,
        "  %-12s strict F1 %.3f | relaxed F1 %.3f | value acc %.3f, value F1 %.3f",
        system,
        (x.strictF1() + y.strictF1()) / 2,
        (x.relaxedF1() + y.relaxedF1()) / 2,
        (x.valueAccuracy() + y.valueAccuracy()) / 2,
        (x.valueF1() + y.valueF1()) / 2);
  }

  public static SystemResult vigie(List<TimeBankDocument> docs, TimeExpressionStage stage) {
    TimexScores scores = new TimexScores();
    long t0 = System.nanoTime();
    for (TimeBankDocument d : docs) {
      List<Diagnostic> ignored = new ArrayList<>();
      List<Timex> predicted = stage.analyze(d.text(), d.dct(), ignored).timexes();
      scores.add(d.id(), d.gold(), predicted);
    }
    return new SystemResult("vigie", scores, (System.nanoTime() - t0) / 1_000_000);
  }

  public static SystemResult heideltime(List<TimeBankDocument> docs, HeidelTimeTagger tagger) {
    TimexScores scores = new TimexScores();
    long t0 = System.nanoTime();
    for (TimeBankDocument d : docs) {
      scores.add(d.id(), d.gold(), tagger.tag(d.text(), d.dct()));
    }
    return new SystemResult("HeidelTime", scores, (System.nanoTime() - t0) / 1_000_000);
  }

  public static List<TimeBankDocument> read(Path folder) throws IOException {
    return TimeBankDocument.readAll(folder);
  }
}
