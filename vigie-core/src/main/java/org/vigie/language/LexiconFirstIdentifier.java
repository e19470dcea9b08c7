package org.vigie.language;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.vigie.lexicon.Lexicon;

/**
 * Language identification that first counts the words of a language's lexicon: when most words of
 * the start of a text are forms of that lexicon, the text is in that language, and the n-gram
 * identifier behind it (which reads every character of a long sample against every candidate's
 * models) is not asked. Otherwise that identifier answers. Only words of three letters or more
 * count (short words are shared between languages: "de", "la", "en"), lower-cased (names are mostly
 * unknown to a lexicon and lower the share, which only sends the text to the identifier).
 * Thread-safe when the lexicon and the identifier are.
 *
 * <p>Example: "Les manifestants ont envahi mardi la place Tahrir au Caire" → {@code fr} from the
 * French lexicon; "Los manifestantes invadieron el martes la plaza" → asked of the identifier.
 */
public final class LexiconFirstIdentifier implements LanguageIdentifier {
  /** Words read at most: enough to judge, few enough to cost nothing. */
  static final int MAX_WORDS = 60;

  /** Fewer words than this: too little to judge by a share, the identifier answers. */
  static final int MIN_WORDS = 20;

  /** The share of lexicon words above which the text is taken to be in the lexicon's language. */
  static final double MIN_SHARE = 0.8;

  private final String code;
  private final Lexicon lexicon;
  private final LanguageIdentifier next;

  /** Answers {@code code} when {@code lexicon} knows most words, else asks {@code next}. */
  public LexiconFirstIdentifier(String code, Lexicon lexicon, LanguageIdentifier next) {
    this.code = Objects.requireNonNull(code, "code");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.next = Objects.requireNonNull(next, "next");
  }

  @Override
  public Set<String> candidates() {
    return next.candidates();
  }

  @Override
  public DetectedLanguage identify(String text) {
    double share = lexiconShare(text);
    if (share >= MIN_SHARE) {
      return new DetectedLanguage(code, share, "lexicon");
    }
    return next.identify(text);
  }

  /** The share of the first {@link #MAX_WORDS} long words that the lexicon knows, or -1. */
  double lexiconShare(String text) {
    int words = 0;
    int known = 0;
    int i = 0;
    while (i < text.length() && words < MAX_WORDS) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - start >= 3) {
        words++;
        if (lexicon.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          known++;
        }
      }
    }
    return words < MIN_WORDS ? -1 : (double) known / words;
  }
}
