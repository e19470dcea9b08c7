package org.vigie.text.normalize;

import static org.vigie.text.normalize.GlueWords.AFTER_DIGITS;
import static org.vigie.text.normalize.GlueWords.MONTHS;
import static org.vigie.text.normalize.GlueWords.NOT_SENTENCE_FINAL;
import static org.vigie.text.normalize.GlueWords.SENTENCE_STARTERS;
import static org.vigie.text.normalize.GlueWords.STRONG_STARTERS;
import static org.vigie.text.normalize.WordSegments.ACRONYM;
import static org.vigie.text.normalize.WordSegments.CAPITALISED;
import static org.vigie.text.normalize.WordSegments.DIGITS;
import static org.vigie.text.normalize.WordSegments.LOWER;
import static org.vigie.text.normalize.WordSegments.LOWER_WORD;
import static org.vigie.text.normalize.WordSegments.NONE;
import static org.vigie.text.normalize.WordSegments.UPPER;
import static org.vigie.text.normalize.WordSegments.classOf;
import static org.vigie.text.normalize.WordSegments.looksLikeCode;
import static org.vigie.text.normalize.WordSegments.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Repair;
import org.vigie.text.OffsetMap;
import org.vigie.text.Rewrite;
import org.vigie.text.normalize.WordSegments.Segment;

/**
 * Splits words that scraping glued together, where a no-break space, a line or a paragraph break
 * was lost: {@code "du 26mars"} → {@code "du 26 mars"}, {@code "BayraktarTB2dans"} → {@code
 * "Bayraktar TB2 dans"}, {@code "de la confianceLe chef"} → {@code "de la confiance. Le chef"}.
 *
 * <p>Requires typography-normalised text (ASCII apostrophes) and a French {@link Lexicon}; produces
 * a {@link Rewrite} with one {@link Repair} per repaired word (offsets into the new text, {@code
 * raw} as it was) and a map whose inserted spaces and full stops point at the char they were
 * inserted before.
 *
 * <p>Only words with an inner change of case or between letters and digits are looked at, and only
 * at such a change: lower case → capital, letters ↔ digits. A split needs evidence from both sides,
 * since names and codes are glued on purpose ({@code iPhone}, {@code YouTube}, {@code McDonald},
 * {@code TB2}, {@code 14h30}, {@code 3ème}, {@code XXIe}):
 *
 * <ul>
 *   <li>digits → a known lower-case word of three letters or more, or any month ({@code "26mars"},
 *       {@code "3millions"}); ordinal suffixes and units are not words here ({@code "3ème"}, {@code
 *       "10km"}, {@code "5min"});
 *   <li>a known word, a name or an acronym → a capitalised word that starts French sentences
 *       ({@code Le}, {@code La}, {@code Il}, {@code Selon}, {@code Dans}...): a lost sentence
 *       boundary, so {@code ". "} is inserted ({@code "confianceLe"}, {@code "BakouLe"}); only a
 *       space after a word that cannot end a sentence ({@code "selonLe"} → {@code "selon Le"});
 *   <li>a known lower-case word of three letters or more → a name the lexicon knows, or a
 *       capitalised common word when the pair does not look like camel-case code: a space ({@code
 *       "déclaréMacron"}, {@code "articlesDécouvrir"}, but {@code "showMenu"} stays);
 *   <li>a word → an acronym of two letters or more followed by digits ({@code "BayraktarTB2"}), or
 *       a function word or a known lower-case word of five letters or more → a final acronym
 *       ({@code "selonARMENPRESS"}): a space.
 * </ul>
 *
 * <p>URLs, e-mail addresses, hashtags, handles, file names and code are left alone: a whole
 * whitespace-delimited chunk is skipped when it holds {@code / @ # _ = < > { } | ~ $ % & * + ^ [
 * ]}, a dot between two word chars, or a word with three case changes or more ({@code
 * getElementById}). Words longer than 64 chars are skipped. Linear in the text; lexicon look-ups
 * only for candidate words. Immutable and thread-safe if the lexicon is.
 */
public final class GluedWordSplitter {
  private static final int MAX_WORD = 64;

  private final Lexicon lexicon;

  public GluedWordSplitter(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Returns {@code text} with its glued words split; see the class comment for when. */
  public Rewrite split(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    OffsetMap.Builder out = null;
    List<Repair> repairs = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      int cls = classOf(text.charAt(i));
      if (cls == NONE) {
        i++;
        continue;
      }
      int start = i;
      boolean candidate = false;
      int previous = cls;
      int capitals = cls == UPPER ? 1 : 0;
      for (i++; i < n; i++) {
        int next = classOf(text.charAt(i));
        if (next == NONE) {
          break;
        }
        // Any change of class but a capital starting a word; capitals then lower case are an
        // acronym glued to a word ("ONULe").
        if (next != previous && (previous != UPPER || next != LOWER || capitals >= 2)) {
          candidate = true;
        }
        capitals = next == UPPER ? capitals + 1 : 0;
        previous = next;
      }
      if (!candidate || i - start > MAX_WORD || looksLikeCode(text, start, i)) {
        continue;
      }
      List<int[]> cuts = cuts(text, start, i);
      if (cuts.isEmpty()) {
        continue;
      }
      if (out == null) {
        out = new OffsetMap.Builder();
        repairs = new ArrayList<>();
      }
      out.copy(text, copied, start);
      int outStart = out.length();
      StringBuilder fixed = new StringBuilder(i - start + 4);
      int from = start;
      for (int[] cut : cuts) {
        String inserted = cut[1] == SENTENCE ? ". " : " ";
        out.copy(text, from, cut[0]).insert(inserted, cut[0]);
        fixed.append(text, from, cut[0]).append(inserted);
        from = cut[0];
      }
      out.copy(text, from, i);
      fixed.append(text, from, i);
      repairs.add(new Repair(outStart, out.length(), text.substring(start, i), fixed.toString()));
      copied = i;
    }
    if (out == null) {
      return Rewrite.unchanged(text);
    }
    out.copy(text, copied, n);
    return new Rewrite(out.text(), out.build(), repairs);
  }

  private static final int SPACE = 0;
  private static final int SENTENCE = 1;

  /** The places to split the word {@code [start, end)}: {offset, SPACE or SENTENCE}, in order. */
  private List<int[]> cuts(String text, int start, int end) {
    List<Segment> segments = segments(text, start, end);
    List<int[]> cuts = new ArrayList<>(2);
    if (segments == null) {
      return cuts;
    }
    for (int k = 0; k + 1 < segments.size(); k++) {
      Segment a = segments.get(k);
      Segment b = segments.get(k + 1);
      Segment after = k + 2 < segments.size() ? segments.get(k + 2) : null;
      int kind = cut(text, start, a, b, after);
      if (kind >= 0) {
        cuts.add(new int[] {b.start(), kind});
      }
      if (a.kind() == DIGITS && b.kind() == LOWER_WORD && kind < 0) {
        // "1erjanvier": the ordinal of the first of the month, glued to the month.
        String lower = b.text(text);
        if (lower.startsWith("er") && MONTHS.contains(lower.substring(2))) {
          cuts.add(new int[] {b.start() + 2, SPACE});
        }
      }
    }
    return cuts;
  }

  /** The split between segments {@code a} and {@code b}: SPACE, SENTENCE, or -1 for none. */
  private int cut(String text, int wordStart, Segment a, Segment b, Segment after) {
    String right = b.text(text);
    switch (a.kind()) {
      case DIGITS:
        if (b.kind() == LOWER_WORD) {
          return MONTHS.contains(right)
                  || (right.length() >= 3 && !AFTER_DIGITS.contains(right) && known(right))
              ? SPACE
              : -1;
        }
        return b.kind() == CAPITALISED && after == null && SENTENCE_STARTERS.contains(lower(right))
            ? SENTENCE
            : -1;
      case LOWER_WORD:
      case CAPITALISED:
        String left = a.text(text);
        if (b.kind() == CAPITALISED) {
          return afterWord(text, wordStart, a, left, right, after == null);
        }
        if (b.kind() == ACRONYM && b.length() >= 2) {
          if (after != null && after.kind() == DIGITS && left.length() >= 3) {
            return SPACE;
          }
          // A lower-case word glued to a final acronym: only after a word that cannot end a
          // phrase or a long known one, since "chatGPT" and "macOS" are glued on purpose.
          boolean last = after == null;
          boolean strongLeft =
              NOT_SENTENCE_FINAL.contains(left) || (left.length() >= 5 && known(left));
          return last && a.kind() == LOWER_WORD && strongLeft ? SPACE : -1;
        }
        return -1;
      case ACRONYM:
        return b.kind() == CAPITALISED
                && after == null
                && a.length() >= 2
                && SENTENCE_STARTERS.contains(lower(right))
            ? SENTENCE
            : -1;
      default:
        return -1;
    }
  }

  /**
   * A word glued to a capitalised one: a lost sentence boundary, a lost space, or nothing. A
   * sentence starter only ends the glued word: followed by more capitals it is part of a name
   * ({@code "JoeLeTaxi"}).
   */
  private int afterWord(
      String text, int wordStart, Segment a, String left, String right, boolean rightEndsWord) {
    String rightLower = lower(right);
    String leftLower = lower(left);
    if (SENTENCE_STARTERS.contains(rightLower)) {
      if (!rightEndsWord) {
        return -1;
      }
      if (NOT_SENTENCE_FINAL.contains(leftLower)) {
        return SPACE;
      }
      boolean knownLeft =
          known(left)
              || (a.kind() == CAPITALISED && known(leftLower))
              || (a.start() == wordStart && known(withElidedPrefix(text, wordStart, a.end())));
      if ((knownLeft && left.length() >= 2)
          || (left.length() >= 4 && STRONG_STARTERS.contains(rightLower))) {
        return SENTENCE;
      }
      return -1;
    }
    if (a.kind() == LOWER_WORD && left.length() >= 3 && known(left)) {
      // A name the lexicon knows as written ("fracturéeTrump") or a common word
      // ("articlesDécouvrir").
      // Short ASCII pairs that are not function words look like camel-case code ("autoPlay",
      // "showMenu": "Play" is a name in the lexicon) and stay.
      boolean french =
          left.length() >= 5
              || NOT_SENTENCE_FINAL.contains(left)
              || !isAscii(left)
              || !isAscii(right);
      return french && (known(right) || known(rightLower)) ? SPACE : -1;
    }
    return -1;
  }

  private static boolean isAscii(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word with what precedes it through apostrophes and hyphens, so that the lexicon can tell
   * {@code "aujourd'hui"} in {@code "aujourd'huiLe"}.
   */
  private static String withElidedPrefix(String text, int wordStart, int end) {
    int from = wordStart;
    while (from > 1
        && wordStart - from < MAX_WORD
        && (text.charAt(from - 1) == '\'' || text.charAt(from - 1) == '-')
        && classOf(text.charAt(from - 2)) != NONE) {
      from--;
      while (from > 0 && classOf(text.charAt(from - 1)) != NONE) {
        from--;
      }
    }
    return text.substring(from, end);
  }

  private boolean known(String form) {
    return lexicon.contains(form);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
