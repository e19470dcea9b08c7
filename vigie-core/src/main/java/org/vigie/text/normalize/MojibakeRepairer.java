package org.vigie.text.normalize;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Repair;
import org.vigie.text.OffsetMap;
import org.vigie.text.Rewrite;

/**
 * Repairs UTF-8 that was decoded as Windows-1252 or Latin-1 ({@code "Ã©tÃ©"} → {@code "été"},
 * {@code "lâ€™armée"} → {@code "l’armée"}).
 *
 * <p>General rather than a table of known pairs: a lead character ({@code Â Ã Ä Å â ï ð}) and the
 * characters after it are turned back into the bytes Windows-1252 (or Latin-1, for the C1 controls
 * that stand for its five undefined bytes) would have made of them; if those bytes are one valid,
 * shortest-form UTF-8 sequence, it is decoded. Valid sequences alone are not enough: {@code "É»"}
 * and {@code "Ñ"} + no-break space are valid UTF-8 too and occur in correct French ({@code "CAFÉ
 * »"}). So only the leads and code point ranges that mojibake of Western European text produces are
 * accepted: Latin-1 and Latin Extended-A ({@code é à œ š ć}), general punctuation, currency and
 * letter-like symbols ({@code ’ “ — … € ™}), the BOM, the replacement character, ligatures and
 * emoji. Greek and Cyrillic mojibake are left alone: their leads ({@code Î Ï Ð Ñ}) are ordinary
 * letters next to a guillemet too often.
 *
 * <p>One {@link Repair} per damaged word, with offsets into the repaired text. Stateless.
 */
final class MojibakeRepairer {
  /** Repairs in a word are merged; a "word" never stretches further than this either way. */
  private static final int MAX_WORD_STRETCH = 64;

  private MojibakeRepairer() {}

  /** The text with its mojibake decoded, or {@code null} when there is none (the common case). */
  static Rewrite repair(String text) {
    int n = text.length();
    int first = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isLead(c) && i + 1 < n && decodedLength(text, i) > 0) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    OffsetMap.Builder out = new OffsetMap.Builder();
    out.copy(text, 0, first);
    List<int[]> spans = new ArrayList<>(); // {rawStart, rawEnd, outStart, outEnd}
    int[] open = null;
    int i = first;
    while (i < n) {
      char c = text.charAt(i);
      int consumed = isLead(c) ? decodedLength(text, i) : 0;
      if (consumed == 0) {
        out.put(c, i);
        i++;
        continue;
      }
      int outStart = out.length();
      emitDecoded(text, i, consumed, out);
      if (open != null && onlyLettersBetween(text, open[1], i)) {
        open[1] = i + consumed;
        open[3] = out.length();
      } else {
        if (open != null) {
          spans.add(open);
        }
        open = new int[] {i, i + consumed, outStart, out.length()};
      }
      i += consumed;
    }
    spans.add(open);
    String repaired = out.text();
    OffsetMap map = out.build();
    List<Repair> repairs = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      repairs.add(wholeWord(text, repaired, span));
    }
    return new Rewrite(repaired, map, repairs);
  }

  /**
   * Widens a repair to the letters around it, which were copied one for one, so that a reader sees
   * {@code "rÃ©sumÃ©"} → {@code "résumé"} rather than two lone letters; not across a space the
   * repair begins or ends with.
   */
  private static Repair wholeWord(String raw, String repaired, int[] span) {
    boolean startsWithSpace = isSpace(repaired.charAt(span[2]));
    boolean endsWithSpace = isSpace(repaired.charAt(span[3] - 1));
    int before = 0;
    while (!startsWithSpace
        && before < MAX_WORD_STRETCH
        && span[0] - before > 0
        && span[2] - before > 0
        && Character.isLetter(raw.charAt(span[0] - before - 1))) {
      before++;
    }
    int after = 0;
    while (!endsWithSpace
        && after < MAX_WORD_STRETCH
        && span[1] + after < raw.length()
        && span[3] + after < repaired.length()
        && Character.isLetter(raw.charAt(span[1] + after))) {
      after++;
    }
    int outStart = span[2] - before;
    int outEnd = span[3] + after;
    return new Repair(
        outStart,
        outEnd,
        raw.substring(span[0] - before, span[1] + after),
        repaired.substring(outStart, outEnd));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean onlyLettersBetween(String text, int from, int to) {
    if (to - from > MAX_WORD_STRETCH) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Character.isLetter(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static void emitDecoded(String text, int at, int consumed, OffsetMap.Builder out) {
    char lead = text.charAt(at);
    char next = text.charAt(at + 1);
    if (next == ' ') {
      if (lead == 'Ã') {
        // "Ã" whose no-break space became a plain space: it was "à"; the space stays a space.
        out.put('à', at);
      } else {
        // "Â" + lost no-break space: the Â was the first byte of that space.
        out.put(' ', at);
      }
      return;
    }
    int cp = decode(text, at, consumed);
    if (Character.isBmpCodePoint(cp)) {
      out.put((char) cp, at);
    } else {
      out.put(Character.highSurrogate(cp), at);
      out.put(Character.lowSurrogate(cp), at + 1);
    }
  }

  private static boolean isLead(char c) {
    return (c >= 'Â' && c <= 'Å') || c == 'â' || c == 'ï' || c == 'ð';
  }

  /**
   * How many chars from {@code at} are one mojibake sequence (2 to 4), or 0 when they are not.
   * {@code at} holds a lead character.
   */
  private static int decodedLength(String text, int at) {
    int n = text.length();
    char lead = text.charAt(at);
    if (at + 1 < n && text.charAt(at + 1) == ' ' && (lead == 'Ã' || lead == 'Â')) {
      return plausibleLostSpace(text, at) ? (lead == 'Ã' ? 1 : 2) : 0;
    }
    int b0 = lead;
    int length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    if (at + length > n) {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      int b = byteOf(text.charAt(at + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    int cp = decode(text, at, length);
    return plausible(b0, cp) ? length : 0;
  }

  /**
   * "Ã" or "Â" followed by a plain space is mojibake only after a lower-case letter, a space or the
   * start ({@code "voilÃ tout"}, {@code "100Â km"}): upper-case before it is Portuguese ({@code "SÃ
   * O"}), and "Â" after a letter could be the end of a capitalised word.
   */
  private static boolean plausibleLostSpace(String text, int at) {
    if (at == 0) {
      return true;
    }
    char before = text.charAt(at - 1);
    if (text.charAt(at) == 'Ã') {
      return Character.isLowerCase(before) || Character.isWhitespace(before);
    }
    return !Character.isLetter(before);
  }

  /** The code point of a valid sequence whose continuation bytes were checked; -1 if not valid. */
  private static int decode(String text, int at, int length) {
    int b0 = text.charAt(at);
    int cp;
    switch (length) {
      case 2:
        cp = ((b0 & 0x1F) << 6) | (byteOf(text.charAt(at + 1)) & 0x3F);
        return cp < 0x80 ? -1 : cp;
      case 3:
        cp =
            ((b0 & 0x0F) << 12)
                | ((byteOf(text.charAt(at + 1)) & 0x3F) << 6)
                | (byteOf(text.charAt(at + 2)) & 0x3F);
        return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : cp;
      default:
        cp =
            ((b0 & 0x07) << 18)
                | ((byteOf(text.charAt(at + 1)) & 0x3F) << 12)
                | ((byteOf(text.charAt(at + 2)) & 0x3F) << 6)
                | (byteOf(text.charAt(at + 3)) & 0x3F);
        return cp < 0x10000 || cp > 0x10FFFF ? -1 : cp;
    }
  }

  /** The ranges mojibake of Western European text decodes to, by lead byte. */
  private static boolean plausible(int lead, int cp) {
    switch (lead) {
      case 0xC2: // U+0080..U+00BF: no-break space, « » ° © ...; never the C1 controls
        return cp >= 0xA0 && cp <= 0xBF;
      case 0xC3: // À..ÿ
        return cp >= 0xC0 && cp <= 0xFF;
      case 0xC4: // Latin Extended-A: ć č ğ ı ł
      case 0xC5: // œ Œ š ž Ÿ ń ś
        return cp >= 0x100 && cp <= 0x17F;
      case 0xE2: // general punctuation, currency, letter-like symbols, arrows: ’ “ ” – … € ™
        return cp >= 0x2000 && cp <= 0x21FF;
      case 0xEF: // ligatures, BOM, replacement character
        return (cp >= 0xFB00 && cp <= 0xFB06) || cp == 0xFEFF || cp == 0xFFFD;
      case 0xF0: // emoji and pictographs
        return cp >= 0x1F000 && cp <= 0x1FAFF;
      default:
        return false;
    }
  }

  /**
   * The byte Windows-1252 decodes to {@code c}, or -1. Chars up to U+00FF stand for themselves:
   * Latin-1, and the C1 controls that decoders emit for cp1252's undefined bytes 81 8D 8F 90 9D.
   */
  static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    switch (c) {
      case '€':
        return 0x80;
      case '‚':
        return 0x82;
      case 'ƒ':
        return 0x83;
      case '„':
        return 0x84;
      case '…':
        return 0x85;
      case '†':
        return 0x86;
      case '‡':
        return 0x87;
      case 'ˆ':
        return 0x88;
      case '‰':
        return 0x89;
      case 'Š':
        return 0x8A;
      case '‹':
        return 0x8B;
      case 'Œ':
        return 0x8C;
      case 'Ž':
        return 0x8E;
      case '‘':
        return 0x91;
      case '’':
        return 0x92;
      case '“':
        return 0x93;
      case '”':
        return 0x94;
      case '•':
        return 0x95;
      case '–':
        return 0x96;
      case '—':
        return 0x97;
      case '˜':
        return 0x98;
      case '™':
        return 0x99;
      case 'š':
        return 0x9A;
      case '›':
        return 0x9B;
      case 'œ':
        return 0x9C;
      case 'ž':
        return 0x9E;
      case 'Ÿ':
        return 0x9F;
      default:
        return -1;
    }
  }
}
