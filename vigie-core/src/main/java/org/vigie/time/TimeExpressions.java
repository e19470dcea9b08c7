package org.vigie.time;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;
import org.vigie.pipeline.Layer;

/**
 * The time layer: the article's time expressions in text order, and the document creation time they
 * were anchored on ({@code published}: cleaning's date, or an estimate when {@code
 * publishedInferred}; null when there is neither).
 */
public record TimeExpressions(List<Timex> timexes, String published, boolean publishedInferred) {
  public static final Layer<TimeExpressions> LAYER = new Layer<>("time", TimeExpressions.class);
  public static final TimeExpressions EMPTY = new TimeExpressions(List.of(), null, false);

  /**
   * A value that names a day, month or year ({@code 2020-10-23}, {@code XXXX-09-23}, {@code 2022}).
   */
  private static final Pattern DATED =
      Pattern.compile("(?:[0-9]{4}|XXXX)(?:-[0-9X]{2}){0,2}(?:[T/].*)?");

  public TimeExpressions {
    timexes = List.copyOf(timexes);
    for (int i = 1; i < timexes.size(); i++) {
      if (timexes.get(i).start() < timexes.get(i - 1).end()) {
        throw new IllegalArgumentException("timexes overlap or are unsorted at " + timexes.get(i));
      }
    }
    if (publishedInferred) {
      Objects.requireNonNull(published, "an inferred publication date needs a value");
    }
  }

  /**
   * The date that governs a mention (a quote's cue, an event's trigger) in the sentence {@code
   * [sentenceStart, sentenceEnd)}: the date-bearing DATE or TIME expression of that sentence
   * closest before {@code mentionStart}, else the first one after it in the sentence, else the
   * publication date (its date part), else null. Only the sentence is read, not the text before it:
   * in news a statement without a date of its own is reported as of publication, and carrying a
   * date across sentences dates most of them wrongly. Returns the date part of the value ({@code
   * 2020-10-26} for {@code 2020-10-26T08:00}; the start of a range).
   */
  public String dateFor(int sentenceStart, int sentenceEnd, int mentionStart) {
    Timex before = null;
    Timex after = null;
    for (Timex t : timexes) {
      if (t.start() < sentenceStart || t.end() > sentenceEnd || !dated(t)) {
        continue;
      }
      if (t.start() <= mentionStart) {
        before = t;
      } else if (after == null) {
        after = t;
      }
    }
    Timex chosen = before != null ? before : after;
    if (chosen != null) {
      return datePart(chosen.value());
    }
    return published == null ? null : datePart(published);
  }

  private static boolean dated(Timex t) {
    return (t.type() == TimexType.DATE || t.type() == TimexType.TIME)
        && t.value() != null
        && DATED.matcher(t.value()).matches();
  }

  private static String datePart(String value) {
    int cut = value.length();
    for (char c : new char[] {'T', '/'}) {
      int i = value.indexOf(c);
      if (i > 0 && i < cut) {
        cut = i;
      }
    }
    return value.substring(0, cut);
  }
}
