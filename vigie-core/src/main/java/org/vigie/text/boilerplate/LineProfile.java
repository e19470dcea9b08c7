package org.vigie.text.boilerplate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a line of page text looks like, in the measures boilerplate detectors use (jusText,
 * Boilerpipe): words, share of French stop words, sentence-final punctuation, links, glued link
 * titles. Stop-word density tells prose from menus and headlines: "La Russie a exhorté les parties
 * à faire preuve de retenue." is 40% stop words, "Services Le Monde" is none.
 *
 * @param words word count (runs of letters or digits)
 * @param stopWords how many of them are French function words
 * @param terminal whether the line ends like a sentence (. ! ? … or a closing quotation mark)
 * @param periodEnd whether it ends with a full stop (headlines end otherwise, if at all)
 * @param urlOnly whether the line is a bare URL or e-mail address
 * @param gluedTitles whether link titles were evidently glued into it ("… et BakouLe Haut-…")
 * @param headlineShaped a short question or a line wholly inside quotation marks, as headlines of
 *     trending lists are ("Faut-il reconstruire les monuments détruits ?")
 * @param linkDensity share of the line inside links (HTML only)
 */
record LineProfile(
    int chars,
    int words,
    int stopWords,
    boolean terminal,
    boolean periodEnd,
    boolean urlOnly,
    boolean gluedTitles,
    boolean headlineShaped,
    double linkDensity) {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "et", "ou",
          "mais", "donc", "or", "ni", "car", "que", "qu", "qui", "quoi", "dont", "où", "ce", "cet",
          "cette", "ces", "se", "s", "sa", "son", "ses", "leur", "leurs", "il", "ils", "elle",
          "elles", "on", "nous", "vous", "je", "j", "tu", "y", "en", "ne", "n", "pas", "plus", "à",
          "a", "dans", "par", "pour", "sur", "avec", "sans", "sous", "entre", "vers", "chez",
          "depuis", "pendant", "après", "avant", "selon", "contre", "lors", "est", "sont", "été",
          "était", "ont", "avait", "être", "avoir", "fait", "comme", "aussi", "si", "tout", "tous",
          "toute", "toutes", "même", "lui", "eux", "c", "m", "t", "ainsi", "sera", "seront", "peut",
          "doit", "cela", "ça", "alors", "encore", "très");
  private static final Pattern URL =
      Pattern.compile("(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /** Capitalised words that open a title or sentence, found glued to the word before them. */
  private static final List<String> OPENERS =
      List.of(
          "Le ", "La ", "Les ", "L'", "L’", "Un ", "Une ", "Des ", "Il ", "Elle ", "Ce ", "Cette ",
          "En ", "Au ", "Aux ");

  /** Whether a lower-case word is a French function word. */
  static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  static LineProfile of(String line, int linkChars) {
    int words = 0;
    int stops = 0;
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (i - start <= 8
            && STOP_WORDS.contains(line.substring(start, i).toLowerCase(Locale.ROOT))) {
          stops++;
        }
      }
    }
    String stripped = line.strip();
    return new LineProfile(
        line.length(),
        words,
        stops,
        endsLikeSentence(stripped),
        stripped.endsWith(".") && !stripped.endsWith("..."),
        URL.matcher(stripped).matches(),
        hasGluedTitle(line),
        words < 15
            && (stripped.endsWith("?") || stripped.startsWith("«") && stripped.endsWith("»")),
        line.isEmpty() ? 0 : (double) linkChars / line.length());
  }

  /**
   * Whether three lower-case letters run straight into a capitalised opener ("… et BakouLe
   * Haut-Karabakh"): two link titles glued when their markup was lost. A plain scan: this runs on
   * every line.
   */
  static boolean hasGluedTitle(String line) {
    for (int i = 3; i < line.length() - 2; i++) {
      char c = line.charAt(i);
      if (c < 'A' || c > 'U' || !Character.isUpperCase(c)) {
        continue;
      }
      if (Character.isLowerCase(line.charAt(i - 1))
          && Character.isLowerCase(line.charAt(i - 2))
          && Character.isLowerCase(line.charAt(i - 3))) {
        for (String opener : OPENERS) {
          if (line.startsWith(opener, i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean endsLikeSentence(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return ".!?…»\"”)".indexOf(last) >= 0 && !line.endsWith("...") || line.endsWith(".»");
  }

  double stopDensity() {
    return words == 0 ? 0 : (double) stopWords / words;
  }

  /**
   * Whether the line reads as running prose: enough words, function words among them, and a
   * sentence ending, or too long for a headline (French headlines of 20 words are common).
   */
  boolean prose() {
    return linkDensity < 0.5
        && !headlineShaped
        && !urlOnly
        && ((words >= 6 && terminal && stopDensity() >= 0.15)
            || (words > 30 && stopDensity() >= 0.25));
  }

  /** Whether the line could be a headline or subheading: a few words, no sentence ending. */
  boolean headlineLike() {
    return words >= 2
        && words <= 30
        && !urlOnly
        && linkDensity < 0.5
        && (!periodEnd || headlineShaped);
  }
}
