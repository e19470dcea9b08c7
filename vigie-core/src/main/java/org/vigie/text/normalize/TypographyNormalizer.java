package org.vigie.text.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.model.Repair;
import org.vigie.text.OffsetMap;
import org.vigie.text.Rewrite;

/**
 * Puts French news text into one typographic convention before tokenisation, keeping an offset map
 * back to the input: {@code "l’ONU a déclaré\u202F: «\u00A0Nous…\u00A0»"} → {@code "l'ONU a déclaré
 * : « Nous… »"}.
 *
 * <p>Requires nothing; produces a {@link Rewrite} whose map sends every output char to the input
 * char it came from (inserted chars to where they were inserted) and whose repairs list only the
 * mojibake it decoded — typography changes are too many to be worth showing a reader. Linear time,
 * no recursion, one output buffer: a 20 MB single line is fine. Text with nothing to change is
 * returned as it is after one scan. Immutable and thread-safe.
 *
 * <p>The rules, in the order they apply:
 *
 * <ol>
 *   <li>Mojibake (UTF-8 read as Windows-1252) is decoded: {@code "Ã©"} → {@code "é"}; see {@link
 *       MojibakeRepairer} for what is and is not taken for mojibake.
 *   <li>Unicode NFC: {@code "e\u0301"} → {@code "é"}, so that a lexicon or a regex sees one form of
 *       each letter.
 *   <li>The apostrophe is the ASCII {@code '}: CoreNLP's French models and the lexicon were trained
 *       and compiled on it. {@code ’} and {@code ‘} become {@code '} between letters ({@code
 *       "aujourd’hui"}, {@code "l’ONU"}, and the frequent wrong-way {@code "l‘ONU"}); elsewhere
 *       they are single quotation marks and stay. {@code ʼ} (a letter apostrophe by definition)
 *       always becomes {@code '}; {@code ´ ` ′ ＇} only between letters, as elsewhere they are
 *       accents, primes or code.
 *   <li>Quotation marks keep their direction ({@code « » “ ” „ ‹ ›} tell opening from closing,
 *       which quote extraction needs); only variants fold: {@code ‟} → {@code “}, {@code ″ ＂} →
 *       {@code "}, a doubled low quote {@code ‚‚} → {@code „}, and the ASCII stand-ins {@code <<} /
 *       {@code >>} → {@code « »}. A single {@code ‚} stays: alone it may be a comma look-alike.
 *   <li>Every Unicode space (no-break, narrow no-break, figure, thin, U+2000..U+200A, U+205F,
 *       U+3000) and the tab become a plain space, and runs of spaces become one: French
 *       typography's no-break spaces inside guillemets and before {@code : ; ! ?} carry no meaning
 *       for analysis and defeat patterns written with a space. Line breaks are never touched; the
 *       Unicode line and paragraph separators become {@code \n}.
 *   <li>Hyphens U+2010 and U+2011 become {@code -}; the minus sign U+2212 too, but only next to a
 *       digit ({@code "−5 °C"}). En and em dashes stay: they mark incises and dialogue.
 *   <li>Soft hyphens, zero-width spaces and joiners, the word joiner, BOMs and bidi controls are
 *       removed: invisible, they split words for a lexicon without showing why.
 * </ol>
 *
 * <p>{@code ...} and {@code …} both stay as written: folding would have to guess at {@code ....}
 * and {@code . . .}, and would move what the sentence splitter sees without telling it; rules that
 * care about an ellipsis test for both.
 */
public final class TypographyNormalizer {
  /** Kinds of BMP chars: most are plain; the rest need a look. */
  private static final byte PLAIN = 0;

  private static final byte SPECIAL = 1; // handled by a typography rule
  private static final byte NFC_SINGLETON = 2; // changes under NFC on its own (Ω → Ω)
  private static final byte NON_STARTER = 3; // combines with what precedes it

  private static final byte[] KIND = kinds();

  /** Returns {@code text} normalised; see the class comment for the rules. */
  public Rewrite normalize(String text) {
    Objects.requireNonNull(text, "text");
    Rewrite decoded = MojibakeRepairer.repair(text);
    String input = decoded == null ? text : decoded.text();
    int first = firstCandidate(input);
    Rewrite typeset = first < 0 ? null : new Pass(input).run(first);
    if (decoded == null) {
      return typeset == null ? Rewrite.unchanged(text) : typeset;
    }
    if (typeset == null) {
      return decoded;
    }
    String result = typeset.text();
    OffsetMap second = typeset.toSource();
    List<Repair> repairs = new ArrayList<>(decoded.repairs().size());
    for (Repair r : decoded.repairs()) {
      int start = second.toDerived(r.start());
      int end = Math.max(start, second.toDerived(r.end()));
      repairs.add(new Repair(start, end, r.raw(), result.substring(start, end)));
    }
    return new Rewrite(result, second.andThen(decoded.toSource()), repairs);
  }

  /**
   * The first offset where a rule might apply, or -1. The scan is the fast path: most chars of
   * French text are below U+0300 and need one table look-up at most.
   */
  private static int firstCandidate(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == ' ') {
          if (i + 1 < n && s.charAt(i + 1) == ' ') {
            return i;
          }
        } else if (c == '\t' || c == '`') {
          return i;
        } else if ((c == '<' || c == '>') && i + 1 < n && s.charAt(i + 1) == c) {
          return i;
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n) {
          int cp = s.codePointAt(i);
          if (cp > 0xFFFF && (isNonStarter(cp) || isSupplementarySingleton(cp))) {
            return i;
          }
        }
      } else if (KIND[c] != PLAIN) {
        return i;
      }
    }
    return -1;
  }

  /** One normalisation of one text. Not thread-safe; one per call. */
  private static final class Pass {
    private final String src;
    private final int n;
    private final OffsetMap.Builder out = new OffsetMap.Builder();

    Pass(String src) {
      this.src = src;
      this.n = src.length();
    }

    Rewrite run(int first) {
      // Back up one char (two for a surrogate pair): a combining mark at `first` composes with it.
      int start = Math.max(0, first - 1);
      if (start > 0
          && Character.isLowSurrogate(src.charAt(start))
          && Character.isHighSurrogate(src.charAt(start - 1))) {
        start--;
      }
      out.copy(src, 0, start);
      int i = start;
      while (i < n) {
        char c = src.charAt(i);
        if (c < 0x80) {
          i = ascii(c, i);
        } else if (!Character.isSurrogate(c) && KIND[c] == SPECIAL) {
          i = special(c, i);
        } else {
          i = composed(i);
        }
      }
      return new Rewrite(out.text(), out.build(), List.of());
    }

    private int ascii(char c, int i) {
      switch (c) {
        case ' ':
        case '\t':
          space(i);
          return i + 1;
        case '<':
        case '>':
          if (isPair(i, c)) {
            out.put(c == '<' ? '«' : '»', i);
            return i + 2;
          }
          return composed(i);
        case '`':
          apostropheBetweenLetters(c, i);
          return i + 1;
        default:
          if (i + 1 < n && src.charAt(i + 1) >= 0x300) {
            return composed(i);
          }
          out.put(c, i);
          return i + 1;
      }
    }

    /** Exactly two: {@code "<<<"} or {@code "<<<<"} is an arrow or code, not a guillemet. */
    private boolean isPair(int i, char c) {
      return i + 1 < n
          && src.charAt(i + 1) == c
          && (i + 2 >= n || src.charAt(i + 2) != c)
          && (i == 0 || src.charAt(i - 1) != c);
    }

    private int special(char c, int i) {
      switch (c) {
        case '\u2019': // ’
        case '\u2018': // ‘
        case '\u00B4': // ´
        case '\u2032': // ′
        case '\uFF07': // ＇
          apostropheBetweenLetters(c, i);
          return i + 1;
        case '\u02BC': // ʼ
          out.put('\'', i);
          return i + 1;
        case '\u201F': // ‟
          out.put('“', i);
          return i + 1;
        case '\u2033': // ″
        case '\uFF02': // ＂
          out.put('"', i);
          return i + 1;
        case '\u201A': // ‚
          if (i + 1 < n && src.charAt(i + 1) == '\u201A') {
            out.put('„', i);
            return i + 2;
          }
          out.put(c, i);
          return i + 1;
        case '\u2010':
        case '\u2011':
          out.put('-', i);
          return i + 1;
        case '\u2212': // − is a hyphen-minus only in a number; elsewhere it is maths or a dash.
          out.put(isDigit(previous()) || isDigit(next(i)) ? '-' : c, i);
          return i + 1;
        case '\u2028':
        case '\u2029':
          out.put('\n', i);
          return i + 1;
        default:
          if (isRemoved(c)) {
            return i + 1;
          }
          // Only spaces are left among the specials.
          space(i);
          return i + 1;
      }
    }

    /**
     * Copies the char at {@code i}, composing it with the combining marks that follow it when NFC
     * changes them. Returns the next offset to read.
     */
    private int composed(int i) {
      int cp = src.codePointAt(i);
      int end = i + Character.charCount(cp);
      boolean change = isSingleton(cp);
      while (end < n && src.charAt(end) >= 0x300) {
        int next = src.codePointAt(end);
        if (!isNonStarter(next)) {
          break;
        }
        change = true;
        end += Character.charCount(next);
      }
      if (!change) {
        out.copy(src, i, end);
        return end;
      }
      String segment = src.substring(i, end);
      String normal = Normalizer.normalize(segment, Normalizer.Form.NFC);
      if (normal.equals(segment)) {
        out.copy(src, i, end);
        return end;
      }
      // Output char k stands for input char k, or the last one when composition shortened the
      // segment: the map stays non-decreasing and inside the segment.
      for (int k = 0; k < normal.length(); k++) {
        out.put(normal.charAt(k), i + Math.min(k, segment.length() - 1));
      }
      return end;
    }

    private void apostropheBetweenLetters(char c, int i) {
      out.put(Character.isLetter(previous()) && Character.isLetter(next(i)) ? '\'' : c, i);
    }

    private void space(int i) {
      if (previous() != ' ') {
        out.put(' ', i);
      }
    }

    private char previous() {
      int length = out.length();
      return length == 0 ? '\0' : out.charAt(length - 1);
    }

    private char next(int i) {
      return i + 1 < n ? src.charAt(i + 1) : '\0';
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isRemoved(char c) {
    return c == '\u00AD'
        || (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || c == '\u2060'
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  private static boolean isSpace(char c) {
    return c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  private static boolean isSingleton(int cp) {
    return cp <= 0xFFFF ? KIND[cp] == NFC_SINGLETON : isSupplementarySingleton(cp);
  }

  /**
   * CJK compatibility ideographs and musical symbols: the supplementary chars NFC changes alone.
   */
  private static boolean isSupplementarySingleton(int cp) {
    return (cp >= 0x1D15E && cp <= 0x1D1C0) || (cp >= 0x2F800 && cp <= 0x2FA1D);
  }

  /**
   * Combining marks, and the Hangul vowel and final jamo that NFC composes into syllables. Java
   * does not expose the canonical combining class; marks are what matters for Latin text.
   */
  private static boolean isNonStarter(int cp) {
    if (cp < 0x300) {
      return false;
    }
    if (cp <= 0xFFFF) {
      return KIND[cp] == NON_STARTER;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[0x10000];
    String specials =
        "\u2019\u2018\u00B4\u2032\uFF07\u02BC\u201F\u2033\uFF02\u201A\u2010\u2011\u2212\u2028\u2029";
    for (int k = 0; k < specials.length(); k++) {
      kinds[specials.charAt(k)] = SPECIAL;
    }
    for (int c = 0x80; c <= 0xFFFF; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch)) {
        continue;
      }
      if (isRemoved(ch) || isSpace(ch)) {
        kinds[c] = SPECIAL;
      } else if (c >= 0x300 && kinds[c] == PLAIN) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || (c >= 0x1160 && c <= 0x11FF)) {
          kinds[c] = NON_STARTER;
        } else if (!Normalizer.isNormalized(String.valueOf(ch), Normalizer.Form.NFC)) {
          kinds[c] = NFC_SINGLETON;
        }
      }
    }
    return kinds;
  }
}
