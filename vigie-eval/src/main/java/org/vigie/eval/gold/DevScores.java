package org.vigie.eval.gold;

import java.util.Locale;

/**
 * The figures of the dev set's reference scoring, one record per layer, each printing itself the
 * way {@code score.py} does ({@code name value}, three decimals) or as a line for people.
 */
public final class DevScores {
  private DevScores() {}

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static String metric(String name, double value) {
    return String.format(Locale.ROOT, "%s %.3f%n", name, value);
  }

  /** Detection counts (true and false positives, misses) and the figures made of them. */
  public interface Detection {
    int tp();

    int fp();

    int fn();

    default double precision() {
      return ratio(tp(), tp() + fp());
    }

    default double recall() {
      return ratio(tp(), tp() + fn());
    }

    default double f1() {
      return harmonic(precision(), recall());
    }
  }

  /** Content lines (≥ 3 words) kept and boilerplate lines (≥ 4 words) removed. */
  public record Lines(int content, int contentKept, int boilerplate, int boilerplateRemoved) {
    public double contentRecall() {
      return ratio(contentKept, content);
    }

    public double removed() {
      return ratio(boilerplateRemoved, boilerplate);
    }

    public String metrics() {
      return metric("content_recall", contentRecall()) + metric("boilerplate_removed", removed());
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "content recall %.3f (%d/%d)  boilerplate removed %.3f (%d/%d)",
          contentRecall(),
          contentKept,
          content,
          removed(),
          boilerplateRemoved,
          boilerplate);
    }
  }

  /** Quote detection and speakers (matched named speakers only). */
  public record Quotes(int tp, int fp, int fn, int speakersRight, int speakersNamed)
      implements Detection {
    public double speakerAccuracy() {
      return ratio(speakersRight, speakersNamed);
    }

    public String metrics() {
      return String.format(Locale.ROOT, "quote_tp %d%nquote_fp %d%nquote_fn %d%n", tp, fp, fn)
          + metric("quote_p", precision())
          + metric("quote_r", recall())
          + metric("quote_f1", f1())
          + metric("speaker_acc", speakerAccuracy())
          + metric("attributed_f1", f1() * speakerAccuracy());
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "P %.3f  R %.3f  F1 %.3f  speaker accuracy %.3f (%d/%d)  (tp %d, fp %d, fn %d)",
          precision(),
          recall(),
          f1(),
          speakerAccuracy(),
          speakersRight,
          speakersNamed,
          tp,
          fp,
          fn);
    }
  }

  /** Time expressions: DATE and TIME only, a leading article or preposition set aside. */
  public record Timexes(
      int gold, int predicted, int strict, int relaxed, int value, int valueDate) {
    private double f1(int matched) {
      return harmonic(ratio(matched, predicted), ratio(matched, gold));
    }

    public double strictF1() {
      return f1(strict);
    }

    public double relaxedF1() {
      return f1(relaxed);
    }

    public double valueAccuracy() {
      return ratio(value, gold);
    }

    public String metrics() {
      return String.format(Locale.ROOT, "timex_gold %d%ntimex_pred %d%n", gold, predicted)
          + metric("timex_strict_f1", strictF1())
          + metric("timex_relaxed_f1", relaxedF1())
          + metric("timex_value_acc", valueAccuracy())
          + metric("timex_value_acc_date", ratio(valueDate, gold));
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "strict F1 %.3f  relaxed F1 %.3f  value accuracy %.3f  (gold %d, predicted %d)",
          strictF1(),
          relaxedF1(),
          valueAccuracy(),
          gold,
          predicted);
    }
  }

  /** Casualty statements: events with a count, matched by sentence cover; exact counts. */
  public record Casualties(int tp, int fp, int fn, int countsRight, int counted)
      implements Detection {
    public double countAccuracy() {
      return ratio(countsRight, counted);
    }

    public String metrics() {
      return metric("casualty_p", precision())
          + metric("casualty_r", recall())
          + metric("casualty_f1", f1())
          + metric("casualty_count_acc", countAccuracy());
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "P %.3f  R %.3f  F1 %.3f  count accuracy %.3f (%d/%d)",
          precision(),
          recall(),
          f1(),
          countAccuracy(),
          countsRight,
          counted);
    }
  }

  /** Event detection by sentence cover, then PLOVER type and subtype accuracy over matches. */
  public record Events(int tp, int fp, int fn, int typesRight, int subtypesRight)
      implements Detection {
    public double typeAccuracy() {
      return ratio(typesRight, tp);
    }

    public double subtypeAccuracy() {
      return ratio(subtypesRight, tp);
    }

    public String metrics() {
      return metric("event_p", precision())
          + metric("event_r", recall())
          + metric("event_f1", f1())
          + metric("event_type_acc", typeAccuracy())
          + metric("event_subtype_acc", subtypeAccuracy());
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "P %.3f  R %.3f  F1 %.3f  type accuracy %.3f  subtype accuracy %.3f  (tp %d, fp %d, fn %d)",
          precision(),
          recall(),
          f1(),
          typeAccuracy(),
          subtypeAccuracy(),
          tp,
          fp,
          fn);
    }
  }
}
