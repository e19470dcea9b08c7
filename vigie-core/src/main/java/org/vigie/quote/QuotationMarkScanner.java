package org.vigie.quote;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Diagnostic;

/**
 * Finds the outermost quoted stretches of a text in one linear pass. Understands « », “ ”, „ “, ‹ ›
 * and straight " and ' (the latter only around words, never an apostrophe inside one), nested
 * quotes of any depth, the French habit of opening each paragraph of a long quotation with « while
 * closing only the last one, and unclosed marks (the quote ends with its paragraph, with a
 * diagnostic). Stray closing marks are ignored. Thread-safe (stateless).
 *
 * <p>Example: {@code « Bruxelles impose ses « services de médiation » », a-t-il noté} gives one
 * span from the first « to the last ».
 */
final class QuotationMarkScanner {
  /** Nesting deeper than this is counted but not tracked mark by mark (a text of marks). */
  private static final int MAX_DEPTH = 32;

  record Result(List<QuotedSpan> spans, List<Diagnostic> diagnostics) {}

  Result scan(String text) {
    List<QuotedSpan> spans = new ArrayList<>();
    int unclosed = 0;
    char[] stack = new char[MAX_DEPTH];
    int depth = 0;
    int overflow = 0;
    int outerOpen = -1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (depth > 0 && !continuesQuote(text, i)) {
          spans.add(span(text, outerOpen, i, false));
          unclosed++;
          depth = 0;
          overflow = 0;
        }
        continue;
      }
      int level = depth > 0 ? closedLevel(stack, depth, c, text, i) : -1;
      if (level >= 0) {
        if (overflow > 0) {
          overflow--;
          continue;
        }
        depth = level;
        if (depth == 0) {
          spans.add(span(text, outerOpen, i + 1, true));
        }
        continue;
      }
      if (opens(c, text, i)) {
        if (depth > 0 && c == '«' && stack[0] == '«' && atParagraphStart(text, i)) {
          continue; // « opening a new paragraph of the same quotation
        }
        if (depth == MAX_DEPTH) {
          overflow++;
          continue;
        }
        if (depth == 0) {
          outerOpen = i;
        }
        stack[depth++] = c;
      }
    }
    if (depth > 0) {
      spans.add(span(text, outerOpen, n, false));
      unclosed++;
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (unclosed > 0) {
      diagnostics.add(
          Diagnostic.warning(
              "quote-unclosed",
              unclosed + " quotation mark(s) never closed; each quote ends with its paragraph"));
    }
    spans.removeIf(s -> s.contentEnd() <= s.contentStart());
    return new Result(spans, diagnostics);
  }

  private static QuotedSpan span(String text, int open, int close, boolean closed) {
    int start = open + 1;
    int end = closed ? close - 1 : close;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new QuotedSpan(open, close, start, end, closed);
  }

  private static boolean opens(char c, String text, int i) {
    switch (c) {
      case '«':
      case '“':
      case '„':
      case '‹':
        return true;
      case '"':
        return !wordBefore(text, i) && wordAfter(text, i);
      case '\'':
        return !letterAt(text, i - 1) && letterAt(text, i + 1);
      default:
        return false;
    }
  }

  /**
   * The depth left once {@code c} closes a mark on the stack, or -1. A closing-only mark (» ” ›)
   * may close a mark below the top: the marks opened since were left unclosed (« a “ b »).
   */
  private static int closedLevel(char[] stack, int depth, char c, String text, int i) {
    if (closes(stack[depth - 1], c, text, i)) {
      return depth - 1;
    }
    if (c == '»' || c == '”' || c == '›') {
      for (int k = depth - 2; k >= 0; k--) {
        if (closes(stack[k], c, text, i)) {
          return k;
        }
      }
    }
    return -1;
  }

  private static boolean closes(char open, char c, String text, int i) {
    switch (open) {
      case '«':
        return c == '»';
      case '“':
        return c == '”' || c == '“' && !wordAfter(text, i);
      case '„':
        return c == '“' || c == '”';
      case '‹':
        return c == '›';
      case '"':
        return c == '"' && !(letterAt(text, i + 1) && !wordBefore(text, i));
      case '\'':
        return c == '\'' && !letterAt(text, i + 1) && i > 0 && !isSpace(text.charAt(i - 1));
      default:
        return false;
    }
  }

  /** A new line inside a quotation continues it when the next paragraph opens with «. */
  private static boolean continuesQuote(String text, int newline) {
    int i = newline;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '«';
  }

  private static boolean atParagraphStart(String text, int i) {
    int k = i - 1;
    while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k < 0 || text.charAt(k) == '\n';
  }

  private static boolean wordBefore(String text, int i) {
    return i > 0 && !isSpace(text.charAt(i - 1)) && "([{«—–-:;,.!?".indexOf(text.charAt(i - 1)) < 0;
  }

  private static boolean wordAfter(String text, int i) {
    return i + 1 < text.length() && !isSpace(text.charAt(i + 1));
  }

  private static boolean letterAt(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
