package org.vigie.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.lexicon.ResourceLines;

/**
 * Stretches of a text where a time word or a number is not a time expression: web addresses, whose
 * paths carry the publication date of another page ("http://www.lefigaro.fr/medias/2011/ 03/22/…"),
 * and idioms built on a time word ("du jour au lendemain", "au jour le jour"), read from {@code
 * non-temporal-phrases.txt}. The recogniser drops every candidate that overlaps one. The pattern is
 * linear (an alternation of fixed words and a run of non-space characters), so the scan is
 * proportional to the text. Stateless and thread-safe.
 */
final class NotTimeSpans {
  /** A web address: a scheme or "www.", then everything up to the next space or bracket. */
  private static final String URL = "(?:https?://|www\\.)[^\\s<>\"«»()\\[\\]]{1,2000}";

  private static final Pattern PATTERN;

  static {
    List<String> phrases =
        new ArrayList<>(ResourceLines.of(NotTimeSpans.class, "non-temporal-phrases.txt"));
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>();
    for (String p : phrases) {
      quoted.add(Pattern.quote(p).replace("'", "\\E['’]\\Q").replace(" ", "\\E[ \\u00A0]+\\Q"));
    }
    PATTERN =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:"
                + URL
                + "|(?:"
                + String.join("|", quoted)
                + ")(?![\\p{L}\\p{N}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private NotTimeSpans() {}

  /** The spans, as {start, end} pairs in text order, of {@code text}'s addresses and idioms. */
  static List<int[]> of(CharSequence text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }
}
