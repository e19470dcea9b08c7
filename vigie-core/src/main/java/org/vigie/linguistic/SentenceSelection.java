package org.vigie.linguistic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.model.Token;

/**
 * Which sentences get a dependency parse. Parsing is the costliest step, and only sentences that
 * report speech (or, later, state an event) need one, so the default parses those alone.
 */
public enum SentenceSelection {
  /** Parse nothing. */
  NONE,
  /** Parse every sentence. */
  ALL,
  /**
   * Parse sentences that may report speech: a quotation mark, "selon"/"d'après", or a verb followed
   * closely by "que"/"qu'". A wide net on purpose: the quote stage decides.
   */
  SPEECH;

  private static final Set<String> SOURCE_MARKERS = Set.of("selon", "d'après", "d’après");
  private static final Set<String> COMPLEMENTIZERS = Set.of("que", "qu'", "qu’");

  public boolean selects(List<Token> words) {
    return switch (this) {
      case NONE -> false;
      case ALL -> true;
      case SPEECH -> reportsSpeech(words);
    };
  }

  private static boolean reportsSpeech(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).word().toLowerCase(Locale.ROOT);
      if (word.indexOf('«') >= 0
          || word.indexOf('»') >= 0
          || word.indexOf('“') >= 0
          || word.indexOf('"') >= 0
          || SOURCE_MARKERS.contains(word)) {
        return true;
      }
      if ("VERB".equals(words.get(i).pos()) && followsComma(words, i)) {
        return true;
      }
      if ("VERB".equals(words.get(i).pos())) {
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
          if (COMPLEMENTIZERS.contains(words.get(k).word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A comma right before the verb, or before its auxiliary ("…, a déclaré"). */
  private static boolean followsComma(List<Token> words, int verb) {
    int before = verb - 1;
    if (before >= 0 && "AUX".equals(words.get(before).pos())) {
      before--;
    }
    return before >= 0 && words.get(before).word().equals(",");
  }
}
