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

  /** Fewest dateline ledes, each close to the next, that make a feed of other articles. */
  static final int MIN_FEED_LEDES = 3;

  /** Most lines between two ledes of one feed (a lede printed without its dateline, a blurb). */
  private static final int MAX_FEED_GAP = 2;

  /**
   * The body's end moved before a feed of other articles' ledes that its segment took in: from a
   * dateline lede ("(Paris) Le film d'action …") that opens a chain of at least {@link
   * #MIN_FEED_LEDES}, each within {@link #MAX_FEED_GAP} lines of the next ("(Londres) L'actrice …"
   * / "Le cinéaste américain …" / "(New York) La sortie …"), after two lines of the article's own
   * prose. An article has one dateline, on its first paragraph; a chain of them after its prose is
   * the site's feed, whatever its subject (a film review followed by the outlet's cinema news).
   * {@code end} when no feed starts inside the body.
   */
  static int beforeLedeFeed(List<String> lines, List<LineProfile> profiles, int start, int end) {
    int prose = 0;
    for (int k = start; k < end; k++) {
      if (lede(lines.get(k))
          && prose >= MIN_PROSE_BEFORE_LIST
          && !ledeBefore(lines, k)
          && chainedLedes(lines, k) >= MIN_FEED_LEDES) {
        return k;
      }
      if (profiles.get(k).prose()) {
        prose++;
      }
    }
    return end;
  }

  /** Whether a lede stands within a feed's gap before line {@code k}. */
  private static boolean ledeBefore(List<String> lines, int k) {
    for (int j = Math.max(0, k - MAX_FEED_GAP - 1); j < k; j++) {
      if (lede(lines.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Ledes in the chain that line {@code k} opens, each within a feed's gap of the one before. */
  private static int chainedLedes(List<String> lines, int k) {
    int count = 1;
    int last = k;
    for (int j = k + 1; j < lines.size() && j - last <= MAX_FEED_GAP + 1; j++) {
      if (lede(lines.get(j))) {
        count++;
        last = j;
      }
    }
    return count;
  }

  /** Lines of prose a body keeps before a list that closes it. */
  static final int MIN_PROSE_BEFORE_LIST = 2;

  /**
   * The body's end moved before a run of at least {@link #MIN_HEADLINES} headline items that closes
   * it ("SYRIE. Le plan diabolique d'Assad" / "SYRIE. Dimanche sanglant à Banias" / …): an article
   * ends on a sentence, a site on the titles of its other articles, however close to the subject.
   * Quoted tweets and the wire credit are no headlines; the run, chrome aside, is counted past the
   * body's end. The items of a list the coherence test already took out ({@code listed}) belong to
   * the run, and the site's template lines among them neither break nor count: a title on the
   * article's subject between them ("LIBYE. Le CNT déménagera à Tripoli" / "L'ONU pourrait lever
   * certaines sanctions contre la Libye" / "LIBYE. Le délicat financement de la rébellion") is one
   * more of the site's headlines, not a line the article ends on. {@code end} when the body does
   * not end so.
   */
  static int beforeClosingList(
      List<String> lines,
      List<LineProfile> profiles,
      boolean[] chrome,
      boolean[] listed,
      boolean[] template,
      int start,
      int end) {
    int items = 0;
    boolean anyListed = false;
    boolean anyTemplate = false;
    int first = end;
    while (first > start
        && (template[first - 1] || closingItem(lines, profiles, chrome, listed, first - 1, end))) {
      if (template[first - 1]) {
        anyTemplate = true;
      } else {
        items++;
        anyListed |= listed[first - 1];
      }
      first--;
    }
    while (first < end && template[first]) {
      first++;
    }
    if (items == 0) {
      return end;
    }
    // The run may go on past the body, whose segment left its last, incoherent items out.
    for (int last = end;
        last < lines.size()
            && items < MIN_HEADLINES
            && (template[last] || closingItem(lines, profiles, chrome, listed, last, lines.size()));
        last++) {
      if (template[last]) {
        anyTemplate = true;
      } else {
        items++;
        anyListed |= listed[last];
      }
    }
    // Template lines join a run only beside a list already taken out: before a site's block of
    // links ("À consulter également"), an article's last subheading is still its own.
    if (items < MIN_HEADLINES || anyTemplate && !anyListed) {
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

  /**
   * Whether line {@code i} is an item of a closing run: a list item already taken out, or a
   * headline item that is no chrome, no quoted tweet and no wire credit ({@code limit}: where the
   * next line stops counting).
   */
  private static boolean closingItem(
      List<String> lines,
      List<LineProfile> profiles,
      boolean[] chrome,
      boolean[] listed,
      int i,
      int limit) {
    if (listed[i]) {
      return true;
    }
    return !chrome[i]
        && headlineItem(lines.get(i), profiles.get(i), i + 1 < limit ? lines.get(i + 1) : null)
        && !CoherentBody.tweet(lines.get(i), profiles.get(i))
        && !WireCredits.credit(lines.get(i));
  }
}
