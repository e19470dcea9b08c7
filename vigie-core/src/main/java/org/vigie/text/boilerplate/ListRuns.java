package org.vigie.text.boilerplate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Block-level shapes of the lists a page prints around its article, whatever each line looks like
 * alone: a run of at least {@link #MIN_HEADLINES} headline-shaped lines (trending, "most read", "à
 * la une"; some long and sentence-like, a question, a quotation) and the ledes of other articles,
 * which open on a parenthesised dateline ("(Washington) Le parti républicain …"; an article has one
 * dateline, a page of several is a news feed). Only candidates: whether a line of them goes depends
 * on its coherence with the body. Stateless and thread-safe.
 */
final class ListRuns {
  /** Fewest headline-shaped lines in a row that make a list. */
  static final int MIN_HEADLINES = 4;

  /** Fewest dateline ledes on a page that make them a feed of other articles. */
  static final int MIN_LEDES = 2;

  /** Longest line, in words and characters, that reads as a list item. */
  private static final int MAX_ITEM_WORDS = 30;

  private static final int MAX_ITEM_CHARS = 260;

  /** "(Washington) Le …", "(New York) « … »": a wire dateline opening a lede. */
  private static final Pattern PAREN_DATELINE =
      Pattern.compile("^\\(\\p{Lu}[\\p{L}'’. -]{1,40}\\)\\s*[-–—]?\\s*[\\p{Lu}«\"“]");

  private static String next(List<String> lines, int i) {
    return i + 1 < lines.size() ? lines.get(i + 1) : null;
  }

  /** "- Si Dieu le veut": a line of dialogue, not a headline. */
  private static final Pattern DIALOGUE = Pattern.compile("^[-–—]");

  /** Two sentences in one line ("… ce discours. Voici une sélection…"): prose, not a headline. */
  private static final Pattern SENTENCES = Pattern.compile("\\p{Ll}{2}[.!?] +\\p{Lu}\\p{Ll}");

  /** Which blocks are candidates: a list item, a lede, or neither. */
  enum Kind {
    NONE,
    LIST_ITEM,
    LEDE
  }

  /**
   * Whether a line could be an item of a headline list: short, opening like a title, no full stop,
   * not an introduction ("… approuve :"), and not a hard-wrapped line of prose whose sentence runs
   * on into the next line ("… ont définitivement réduit les rebelles en s'en" / "prenant à …").
   */
  static boolean headlineItem(String text, LineProfile p, String next) {
    String stripped = text.strip();
    return p.words() >= 3
        && opensLikeTitle(stripped)
        && !DIALOGUE.matcher(stripped).lookingAt()
        && !SENTENCES.matcher(stripped).find()
        && (next == null || opensLikeTitle(next.strip()))
        && p.words() <= MAX_ITEM_WORDS
        && p.chars() <= MAX_ITEM_CHARS
        && !p.periodEnd()
        && !p.urlOnly()
        && !stripped.endsWith(":")
        && !stripped.endsWith(",")
        && !stripped.endsWith(";");
  }

  private static boolean opensLikeTitle(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return !Character.isLetter(c) || Character.isUpperCase(c);
  }

  static boolean lede(String text) {
    return PAREN_DATELINE.matcher(text).lookingAt();
  }

  /**
   * The candidates among {@code lines}: runs of headline items (cue lines inside a run neither
   * break nor count), and dateline ledes when the page has several, with the lines sandwiched
   * between two of them.
   */
  static Kind[] mark(List<String> lines, List<LineProfile> profiles, String[] cueReasons) {
    int n = lines.size();
    Kind[] kinds = new Kind[n];
    java.util.Arrays.fill(kinds, Kind.NONE);
    int i = 0;
    while (i < n) {
      if (!headlineItem(lines.get(i), profiles.get(i), next(lines, i))) {
        i++;
        continue;
      }
      int j = i;
      int items = 0;
      int lastItem = i;
      while (j < n
          && (headlineItem(lines.get(j), profiles.get(j), next(lines, j))
              || cueReasons[j] != null)) {
        if (cueReasons[j] == null) {
          items++;
          lastItem = j;
        }
        j++;
      }
      if (items >= MIN_HEADLINES) {
        for (int k = i; k <= lastItem; k++) {
          if (cueReasons[k] == null) {
            kinds[k] = Kind.LIST_ITEM;
          }
        }
      }
      i = Math.max(j, i + 1);
    }
    int ledes = 0;
    for (int k = 0; k < n; k++) {
      if (lede(lines.get(k))) {
        ledes++;
      }
    }
    if (ledes >= MIN_LEDES) {
      int previous = -1;
      for (int k = 0; k < n; k++) {
        if (!lede(lines.get(k))) {
          continue;
        }
        kinds[k] = Kind.LEDE;
        // One line between two ledes of a feed is another lede without its dateline.
        if (previous >= 0 && k - previous == 2 && kinds[k - 1] == Kind.NONE) {
          kinds[k - 1] = Kind.LEDE;
        }
        previous = k;
      }
    }
    return kinds;
  }

  /**
   * For each list item, whether most items of its run share no main term with the body: a run of
   * tweets or quotations on the article's subject is content, a trending list is not.
   */
  static boolean[] mostlyIncoherent(Kind[] kinds, List<String> lines, TopicTerms terms) {
    int n = kinds.length;
    boolean[] result = new boolean[n];
    int i = 0;
    while (i < n) {
      if (kinds[i] != Kind.LIST_ITEM) {
        i++;
        continue;
      }
      int j = i;
      int items = 0;
      int incoherent = 0;
      // A run's items may be separated by cue lines, never by other lines.
      int last = i;
      while (j < n && (kinds[j] == Kind.LIST_ITEM || j - last <= 2 && kinds[j] == Kind.NONE)) {
        if (kinds[j] == Kind.LIST_ITEM) {
          items++;
          last = j;
          if (terms.shared(lines.get(j)) == 0) {
            incoherent++;
          }
        }
        j++;
      }
      boolean mostly = incoherent * 2 > items;
      for (int k = i; k <= last; k++) {
        result[k] = mostly;
      }
      i = last + 1;
    }
    return result;
  }

  /** Lines of prose a body keeps before a list that closes it. */
  static final int MIN_PROSE_BEFORE_LIST = 2;

  /**
   * The body's end moved before a run of at least {@link #MIN_HEADLINES} headline items that closes
   * it ("SYRIE. Le plan diabolique d'Assad" / "SYRIE. Dimanche sanglant à Banias" / …): an article
   * ends on a sentence, a site on the titles of its other articles, however close to the subject.
   * Quoted tweets and the wire credit are no headlines; the run, chrome aside, is counted past the
   * body's end. {@code end} when the body does not end so.
   */
  static int beforeClosingList(
      List<String> lines, List<LineProfile> profiles, boolean[] chrome, int start, int end) {
    int first = end;
    while (first > start
        && !chrome[first - 1]
        && headlineItem(
            lines.get(first - 1), profiles.get(first - 1), first < end ? lines.get(first) : null)
        && !CoherentBody.tweet(lines.get(first - 1), profiles.get(first - 1))
        && !WireCredits.credit(lines.get(first - 1))) {
      first--;
    }
    // The run may go on past the body, whose segment left its last, incoherent items out.
    int last = end;
    while (last < lines.size()
        && !chrome[last]
        && headlineItem(lines.get(last), profiles.get(last), next(lines, last))
        && !CoherentBody.tweet(lines.get(last), profiles.get(last))) {
      last++;
    }
    if (first == end || last - first < MIN_HEADLINES) {
      return end;
    }
    int prose = 0;
    for (int i = start; i < first; i++) {
      if (profiles.get(i).prose()) {
        prose++;
      }
    }
    return prose >= MIN_PROSE_BEFORE_LIST ? first : end;
  }
}
