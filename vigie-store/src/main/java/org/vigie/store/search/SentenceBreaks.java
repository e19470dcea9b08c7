package org.vigie.store.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, looked for only around the offsets asked about: a sentence
 * starts after a run of final punctuation ('.', '!', '?', '…', with its closing quotes and
 * brackets: '.»', '?)', and French's '. »') and the spaces that follow, and after a line break (a
 * title, a dateline, a paragraph). The JDK's rule-based sentence iterator walked back and forth
 * over the text for each match, a tenth of a search's CPU on long pages matching a common word;
 * here a look-up reads the characters between the offset and the boundary. An abbreviation ('M.
 * Dupont') ends a sentence, as a full stop before a capital does in the JDK's rules. Not
 * thread-safe, like every BreakIterator: the highlighter makes one per use.
 */
final class SentenceBreaks extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int begin;
  private int end;
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    begin = newText.getBeginIndex();
    end = newText.getEndIndex();
    current = begin;
  }

  /** Whether a sentence starts at {@code p} (the text's two ends are boundaries). */
  private boolean startsAt(int p) {
    if (p <= begin || p >= end) {
      return true;
    }
    char first = at(p);
    if (!Character.isWhitespace(at(p - 1)) || Character.isWhitespace(first)) {
      return false;
    }
    if (first == '»' || first == '”' || first == ')' || first == ']') {
      return false; // a closing mark ends the sentence before it
    }
    int i = p - 1;
    boolean newline = false;
    while (i >= begin && Character.isWhitespace(at(i))) {
      char c = at(i);
      newline |= c == '\n' || c == '\r';
      i--;
    }
    if (newline) {
      return true;
    }
    if (i >= begin + 1 && at(i) == '»' && (at(i - 1) == ' ' || at(i - 1) == '\u00a0')) {
      i -= 2; // '« Non. » Puis': the guillemet closes the sentence after its space
    }
    boolean ends = false;
    while (i >= begin && (endsSentence(at(i)) || closes(at(i)))) {
      ends |= endsSentence(at(i));
      i--;
    }
    return ends;
  }

  private char at(int i) {
    return text.setIndex(i);
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean closes(char c) {
    return c == '»' || c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = begin;
    return current;
  }

  @Override
  public int last() {
    current = end;
    return current;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int next() {
    return current >= end ? DONE : following(current);
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    return current <= begin ? DONE : preceding(current);
  }

  /** The first boundary after {@code offset}, or DONE (and the last) when none is. */
  @Override
  public int following(int offset) {
    check(offset);
    if (offset >= end) {
      current = end;
      return DONE;
    }
    int p = offset + 1;
    while (!startsAt(p)) {
      p++;
    }
    current = p;
    return p;
  }

  /** The last boundary before {@code offset}, or DONE (and the first) when none is. */
  @Override
  public int preceding(int offset) {
    check(offset);
    if (offset <= begin) {
      current = begin;
      return DONE;
    }
    int p = offset - 1;
    while (!startsAt(p)) {
      p--;
    }
    current = p;
    return p;
  }

  @Override
  public boolean isBoundary(int offset) {
    check(offset);
    if (startsAt(offset)) {
      current = offset;
      return true;
    }
    following(offset);
    return false;
  }

  private void check(int offset) {
    if (offset < begin || offset > end) {
      throw new IllegalArgumentException(
          "offset " + offset + " outside the text [" + begin + ", " + end + "]");
    }
  }
}
