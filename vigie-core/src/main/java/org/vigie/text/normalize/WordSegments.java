package org.vigie.text.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@link GluedWordSplitter} reads a word: each char's class (upper case, lower case, digit, a
 * letter without case), the word cut into runs at its changes of class ({@code "BayraktarTB2dans"}
 * → capitalised word, acronym, digits, lower-case word), and whether the chunk around it is a URL,
 * an address, a handle or code, which is never split. Stateless.
 */
final class WordSegments {
  /** Longest whitespace-delimited chunk read around a word; a longer one is taken for code. */
  private static final int MAX_CHUNK = 256;

  private static final String CODE_CHARS = "/@#_=<>{}|~$%&*+^[]\\";

  private WordSegments() {}

  static final int NONE = 0;
  static final int UPPER = 1;
  static final int LOWER = 2;
  static final int DIGIT = 3;
  static final int OTHER = 4; // a letter without case, a non-ASCII digit

  static int classOf(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') {
        return LOWER;
      }
      if (c >= 'A' && c <= 'Z') {
        return UPPER;
      }
      return c >= '0' && c <= '9' ? DIGIT : NONE;
    }
    if (Character.isLowerCase(c)) {
      return LOWER;
    }
    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
      return UPPER;
    }
    return Character.isLetterOrDigit(c) || Character.isSurrogate(c) ? OTHER : NONE;
  }

  /** Whether the word {@code [start, end)} sits in a URL, address, handle, hashtag or code. */
  static boolean looksLikeCode(String text, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      if (start - from > MAX_CHUNK) {
        return true;
      }
      from--;
    }
    int to = end;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      if (to - end > MAX_CHUNK) {
        return true;
      }
      to++;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (CODE_CHARS.indexOf(c) >= 0) {
        return true;
      }
      if ((c == '.' || c == '(')
          && k > from
          && k + 1 < to
          && classOf(text.charAt(k - 1)) != NONE
          && (c == '(' || classOf(text.charAt(k + 1)) != NONE)) {
        return true;
      }
    }
    int caseChanges = 0;
    for (int k = start + 1; k < end; k++) {
      if (classOf(text.charAt(k - 1)) == LOWER && classOf(text.charAt(k)) == UPPER) {
        caseChanges++;
      }
    }
    return caseChanges >= 3;
  }

  static final int DIGITS = 0;
  static final int LOWER_WORD = 1;
  static final int CAPITALISED = 2;
  static final int ACRONYM = 3;

  /** A run of a word: digits, a lower-case word, a capitalised word or an acronym. */
  record Segment(int kind, int start, int end) {
    String text(String s) {
      return s.substring(start, end);
    }

    int length() {
      return end - start;
    }
  }

  /** The word cut into segments, or {@code null} if it holds letters without case. */
  static List<Segment> segments(String text, int start, int end) {
    List<Segment> segments = new ArrayList<>(4);
    int i = start;
    while (i < end) {
      int cls = classOf(text.charAt(i));
      int runEnd = i + 1;
      while (runEnd < end && classOf(text.charAt(runEnd)) == cls) {
        runEnd++;
      }
      switch (cls) {
        case DIGIT:
          segments.add(new Segment(DIGITS, i, runEnd));
          i = runEnd;
          break;
        case LOWER:
          segments.add(new Segment(LOWER_WORD, i, runEnd));
          i = runEnd;
          break;
        case UPPER:
          if (runEnd < end && classOf(text.charAt(runEnd)) == LOWER) {
            // The last capital starts a capitalised word; any before it are an acronym.
            if (runEnd - i > 1) {
              segments.add(new Segment(ACRONYM, i, runEnd - 1));
            }
            int wordEnd = runEnd + 1;
            while (wordEnd < end && classOf(text.charAt(wordEnd)) == LOWER) {
              wordEnd++;
            }
            segments.add(new Segment(CAPITALISED, runEnd - 1, wordEnd));
            i = wordEnd;
          } else {
            segments.add(new Segment(ACRONYM, i, runEnd));
            i = runEnd;
          }
          break;
        default:
          return null;
      }
    }
    return segments;
  }
}
