package org.vigie.eval.gold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text matching of the reference scorer ({@code ../shared/eval/score.py}): words are NFKC,
 * lower case, accents and apostrophe/quotation-mark variants folded, and a snippet is found when
 * enough of its words occur in a text. Kept to the letter of score.py so that {@code vigie eval}
 * and the reference print the same figures for the same output. Stateless.
 */
public final class GoldText {
  /** Titles and determiners set aside when speaker names are compared (score.py's TITLES). */
  static final Set<String> TITLES =
      Set.of("m", "mme", "mlle", "dr", "le", "la", "les", "l", "du", "de", "des", "d");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MARKS = Pattern.compile("\\p{Mn}");
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:(?:le|la|les|du|de|des|en|a|au|aux|depuis|vers|dans|pour|jusqu'a|jusqu'au)\\s+"
              + "|(?:l|d|jusqu)'\\s*)+");

  private GoldText() {}

  /** score.py's {@code norm}: the folded, single-spaced, trimmed lower-case form. */
  public static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    t =
        t.replace('’', '\'')
            .replace('‘', '\'')
            .replace('«', '"')
            .replace('»', '"')
            .replace('“', '"')
            .replace('”', '"')
            .replace('\u00a0', ' ')
            .replace('\u202f', ' ');
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    // Python's str.strip() and \s cover the same Unicode white space as Java's \s with
    // UNICODE_CHARACTER_CLASS; the text of news articles carries only the common ones.
    return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** score.py's {@code toks}: the words of the folded text. */
  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(norm(s));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The share of the snippet's words found in the text, each text word used once. */
  public static double cover(String snippet, String text) {
    List<String> wanted = tokens(snippet);
    if (wanted.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String t : tokens(text)) {
      counts.merge(t, 1, Integer::sum);
    }
    int hit = 0;
    for (String t : wanted) {
      Integer left = counts.get(t);
      if (left != null && left > 0) {
        counts.put(t, left - 1);
        hit++;
      }
    }
    return (double) hit / wanted.size();
  }

  /**
   * Whether a predicted speaker names the gold one: a short name's last word (the surname) is
   * present, else at least 60 % of the gold words are.
   */
  public static boolean speakerMatches(String gold, String predicted) {
    if (predicted == null || predicted.isEmpty()) {
      return false;
    }
    List<String> g = new ArrayList<>(tokens(gold));
    g.removeIf(TITLES::contains);
    Set<String> p = new HashSet<>(tokens(predicted));
    p.removeIf(TITLES::contains);
    if (g.isEmpty() || p.isEmpty()) {
      return false;
    }
    if (g.size() <= 3 && p.contains(g.get(g.size() - 1))) {
      return true;
    }
    Set<String> goldSet = new HashSet<>(g);
    Set<String> common = new HashSet<>(goldSet);
    common.retainAll(p);
    return (double) common.size() / goldSet.size() >= 0.6;
  }

  /** A normalised time expression without its leading articles and prepositions. */
  public static String stripLead(String normalised) {
    return LEAD.matcher(normalised).replaceFirst("").strip();
  }
}
