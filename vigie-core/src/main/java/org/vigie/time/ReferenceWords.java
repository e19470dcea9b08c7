package org.vigie.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.lexicon.ResourceLines;

/**
 * The words that point at the present, past or future without a date ("actuellement", "récemment",
 * "bientôt" → {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}), read from {@code
 * reference-words.txt}. Immutable and thread-safe.
 */
final class ReferenceWords {
  private static final Map<String, String> VALUES = new HashMap<>();

  /** A regex alternation of the phrases, longest first, either apostrophe accepted. */
  static final String ALTERNATION;

  static {
    List<String> phrases = new ArrayList<>();
    for (String line : ResourceLines.of(ReferenceWords.class, "reference-words.txt")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("reference-words.txt: not 'phrase<TAB>value': " + line);
      }
      VALUES.put(cols[0].strip(), cols[1].strip());
      phrases.add(cols[0].strip());
    }
    phrases.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>();
    for (String p : phrases) {
      quoted.add(Pattern.quote(p).replace("'", "\\E['’]\\Q").replace(" ", "\\E[ \\u00A0]+\\Q"));
    }
    ALTERNATION = String.join("|", quoted);
  }

  private ReferenceWords() {}

  /**
   * The value of a matched phrase (lower-cased, apostrophe and spaces as {@link
   * FrenchTimexRecognizer#lower} leaves them), or null.
   */
  static String value(String phrase) {
    return VALUES.get(phrase.replaceAll("[ ]+", " "));
  }
}
