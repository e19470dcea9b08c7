package org.vigie.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * The tense of the clause around a time expression, from the verb marker nearest to it in its
 * sentence: a past participle after "a", "ont", "était"... or "fut", "dernier", "hier" for the
 * past; a future or conditional form, "doit", "va" or "prochain" for the future. It decides which
 * side of the publication date a bare weekday ("mercredi") or a day without its year ("le 19
 * novembre") falls on. Stateless.
 */
enum ClauseTense {
  PAST,
  FUTURE,
  NONE;

  private static final Pattern FUTURE_MARKER =
      Pattern.compile(
          "(?<![\\p{L}])(?:sera|seront|aura|auront|fera|feront|ira|iront|va|vont|devra|devront"
              + "|devrait|devraient"
              + "|pourra|pourront|doit|doivent|prochaine?|\\p{L}{2,}(?:era|eront|ira|iront|dra"
              + "|dront))(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PAST_MARKER =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se sont)"
              + "[ \\u00A0]+(?:\\p{L}+[ \\u00A0]+)?\\p{L}+(?:é|ée|és|ées|i|is|ie|u|us|ue|it|int|ert|erte)"
              + "|fut|furent|dernière?|hier)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Text read around an expression to guess its tense. */
  private static final int WINDOW = 120;

  /** The tense of the clause around {@code c} in {@code reading}'s text. */
  static ClauseTense of(TimexReading reading, Candidate c) {
    String text = reading.text;
    int sentence = reading.sentenceOf(c.start());
    int from = Math.max(reading.sentenceStarts[sentence], c.start() - WINDOW);
    int to = Math.min(text.length(), c.end() + WINDOW);
    if (sentence + 1 < reading.sentenceStarts.length) {
      to = Math.min(to, reading.sentenceStarts[sentence + 1]);
    }
    int bestDistance = Integer.MAX_VALUE;
    ClauseTense best = NONE;
    String window = text.substring(from, to);
    int at = c.start() - from;
    int atEnd = c.end() - from;
    for (ClauseTense t : new ClauseTense[] {FUTURE, PAST}) {
      Matcher m = (t == FUTURE ? FUTURE_MARKER : PAST_MARKER).matcher(window);
      while (m.find()) {
        if (m.start() >= at && m.end() <= atEnd) {
          continue;
        }
        int d = m.end() <= at ? at - m.end() : m.start() - atEnd;
        if (d < bestDistance) {
          bestDistance = d;
          best = t;
        }
      }
    }
    return best;
  }
}
