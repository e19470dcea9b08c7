package org.vigie.text.damage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.model.Damage;

/**
 * Flags places where scraping evidently dropped words (link texts lost with their links), without
 * ever guessing them. French grammar gives them away: an elided article before a space ("entre l'
 * et l',"), a determiner followed by a conjunction or punctuation ("pour la et la coopération"), an
 * article that should have elided before a vowel ("dans le occupé"), and a determiner straight
 * before a conjugated verb after "que" or a clause boundary ("que la continuerait", where "la
 * Russie" lost "Russie"; a lexicon tells verbs from nouns). Each is a {@link Damage} of kind {@code
 * missing-words} over the words around the gap. One pass over the words of the text (this runs on
 * every article). Stateless and thread-safe.
 */
public final class DamageDetector {
  private static final String KIND = "missing-words";

  private static final Set<String> ELIDING =
      Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");
  private static final Set<String> DETERMINERS =
      Set.of(
          "le", "la", "les", "un", "une", "des", "du", "au", "aux", "ces", "cette", "son", "sa",
          "ses", "mon", "ma", "mes");
  private static final Set<String> MUST_ELIDE =
      Set.of("le", "la", "de", "que", "ne", "je", "se", "me", "te");
  private static final Set<String> ASPIRATED_OR_NAMES =
      Set.of("un", "une", "onze", "onzième", "oui", "ouate", "uhlan", "ululement", "ouistiti");
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("que", "qu", "et", "mais", "ou", "car", "dont", "selon");
  private static final Set<String> ARTICLES = Set.of("le", "la", "les");
  private static final String VOWELS = "aeiouéèêâîôû";

  private final Lexicon lexicon;

  public DamageDetector(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  public List<Damage> detect(String text) {
    List<Damage> found = new ArrayList<>();
    int n = text.length();
    int previousWordStart = -1;
    int previousWordEnd = -1;
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int end = i;
      boolean glued = start > 0 && isGlue(text.charAt(start - 1));
      if (!glued && end - start <= 6) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        check(text, word, start, end, previousWordStart, previousWordEnd, found);
      }
      previousWordStart = start;
      previousWordEnd = end;
    }
    return merge(found);
  }

  private void check(
      String text,
      String word,
      int start,
      int end,
      int previousStart,
      int previousEnd,
      List<Damage> found) {
    int n = text.length();
    boolean apostrophe = end < n && isApostrophe(text.charAt(end));
    if (apostrophe) {
      // "entre l' et": an elided word needs a word straight after its apostrophe.
      if (ELIDING.contains(word) && end + 1 < n && " ,.;:)".indexOf(text.charAt(end + 1)) >= 0) {
        found.add(new Damage(start, end + 1, KIND));
      }
      return;
    }
    int next = skipSpaces(text, end);
    if (DETERMINERS.contains(word) && next < n) {
      char c = text.charAt(next);
      boolean punctuation =
          ",;:.!?)".indexOf(c) >= 0
              && (next + 1 >= n || Character.isWhitespace(text.charAt(next + 1)));
      boolean conjunction = next > end && (isWord(text, next, "et") || isWord(text, next, "ou"));
      if (punctuation || conjunction) {
        found.add(new Damage(start, next + (punctuation ? 1 : 2), KIND));
        return;
      }
    }
    if (next == end || next >= n) {
      return;
    }
    int nextEnd = next;
    while (nextEnd < n
        && (Character.isLetter(text.charAt(nextEnd)) || text.charAt(nextEnd) == '-')) {
      nextEnd++;
    }
    if (nextEnd == next || !Character.isLowerCase(text.charAt(next))) {
      return;
    }
    String following = text.substring(next, nextEnd);
    if (MUST_ELIDE.contains(word)
        && VOWELS.indexOf(following.charAt(0)) >= 0
        && !ASPIRATED_OR_NAMES.contains(following)) {
      found.add(new Damage(start, nextEnd, KIND));
      return;
    }
    if (ARTICLES.contains(word)
        && opensClause(text, start, previousStart, previousEnd)
        && onlyFiniteVerb(following)) {
      found.add(new Damage(start, nextEnd, KIND));
    }
  }

  /** Start of text, after , ; : . or after "que", "et", "mais", "selon", ... */
  private static boolean opensClause(String text, int start, int previousStart, int previousEnd) {
    int p = start - 1;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    if (p < 0 || ",;:.".indexOf(text.charAt(p)) >= 0) {
      return true;
    }
    if (previousStart < 0) {
      return false;
    }
    String previous = text.substring(previousStart, previousEnd).toLowerCase(Locale.ROOT);
    boolean adjacent = previousEnd == p + 1 || previousEnd == p && isApostrophe(text.charAt(p));
    return adjacent && CLAUSE_OPENERS.contains(previous);
  }

  private static boolean isWord(String text, int at, String word) {
    int end = at + word.length();
    return text.startsWith(word, at)
        && (end >= text.length() || !Character.isLetter(text.charAt(end)));
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  /** A word glued to the one before by an apostrophe, a hyphen or a digit is not free-standing. */
  private static boolean isGlue(char c) {
    return isApostrophe(c) || c == '-' || Character.isDigit(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** Whether every reading of the word is a conjugated verb (no noun, adjective or participle). */
  private boolean onlyFiniteVerb(String word) {
    List<WordForm> readings = lexicon.analyses(word);
    if (readings.isEmpty()) {
      return false;
    }
    for (WordForm reading : readings) {
      String tag = reading.tag();
      boolean finite =
          tag.startsWith("V")
              && (tag.contains(" ind ")
                  || tag.contains(" con ")
                  || tag.contains(" sub ")
                  || tag.contains(" imp "));
      if (!finite) {
        return false;
      }
    }
    return true;
  }

  /** Sorted, with overlapping spans joined (several rules may see the same gap). */
  private static List<Damage> merge(List<Damage> found) {
    found.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : a.end() - b.end());
    List<Damage> merged = new ArrayList<>();
    for (Damage d : found) {
      Damage last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && d.start() < last.end()) {
        merged.set(
            merged.size() - 1, new Damage(last.start(), Math.max(last.end(), d.end()), KIND));
      } else {
        merged.add(d);
      }
    }
    return merged;
  }
}
