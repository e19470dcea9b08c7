package org.vigie.store.timeline;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.model.Sentence;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;
import org.vigie.store.IsoDay;

/**
 * Splits an article into dated sentences for timelines. A sentence is dated by, in order: an
 * asserted event of the event layer whose date is a whole day and is its own (not the publication
 * date standing in); its own first time expression naming a whole day (DATE or TIME, "2011-03-20",
 * "2011-03-20TEV"); else, only when it holds no time expression at all, the publication day. A
 * sentence whose only time expression is partial ("en mars", "2011") is not dated: a partial date
 * is never made a day. Sentences come from the article's sentence layer when present; stored
 * articles keep none, so the text is split with the French sentence break rules of the JDK.
 * Stateless.
 */
public final class ArticleSentences {
  /** Sentences longer than this are page debris (tables, lists glued together), not statements. */
  static final int MAX_SENTENCE_CHARS = 600;

  private static final int MIN_SENTENCE_WORDS = 5;

  /**
   * A live blog's time stamp or a list's bullet opening a sentence ("20h01 : Les Etats-Unis …", "0
   * h 15 : La Libye …", "- Le Conseil …"): page layout, not the statement; a timeline line shows
   * its day already.
   */
  private static final Pattern LEADING_STAMP =
      Pattern.compile("^(?:[-–—•·*]\\s*)?(?:\\d{1,2}\\s*[hH:]\\s*\\d{2}\\s*[:–—-]\\s*)?");

  private ArticleSentences() {}

  /** The sentence without a leading time stamp or bullet. */
  static String withoutStamp(String sentence) {
    var m = LEADING_STAMP.matcher(sentence);
    return m.lookingAt() && m.end() > 0 ? sentence.substring(m.end()).strip() : sentence;
  }

  /** The dated sentences of {@code article}, in text order. */
  public static List<DatedSentence> of(Article article) {
    LocalDate published = IsoDay.of(article.published());
    String outlet = article.source().outlet();
    List<DatedSentence> out = new ArrayList<>();
    int position = -1;
    // Each sentence looks only at the events and time expressions near it (a sorted index): a
    // page of a million characters has thousands of sentences, dates and events, and testing each
    // sentence against all of them was quadratic.
    Near<Event> nearEvents = new Near<>(article.events(), Event::start, Event::end);
    Near<Timex> nearTimexes = new Near<>(article.timexes(), Timex::start, Timex::end);
    for (int[] span : spans(article)) {
      String text = withoutStamp(article.text().substring(span[0], span[1]).strip());
      if (text.length() > MAX_SENTENCE_CHARS || words(text) < MIN_SENTENCE_WORDS) {
        continue;
      }
      position++;
      List<Event> events = new ArrayList<>();
      LocalDate eventDay = null;
      for (Event e : nearEvents.overlapping(span[0], span[1])) {
        // Denied, planned or hypothetical events did not happen: they date nothing.
        if (e.asserted() && e.start() < span[1] && e.end() > span[0]) {
          events.add(e);
          LocalDate d = e.dateInferred() ? null : IsoDay.of(e.date());
          if (eventDay == null && d != null) {
            eventDay = d;
          }
        }
      }
      boolean anyTimex = false;
      LocalDate mentioned = null;
      for (Timex t : nearTimexes.overlapping(span[0], span[1])) {
        if (t.start() >= span[0] && t.end() <= span[1]) {
          if (DayInName.names(article.text(), t.start(), t.text())) {
            continue;
          }
          anyTimex = true;
          if (mentioned == null && (t.type() == TimexType.DATE || t.type() == TimexType.TIME)) {
            mentioned = IsoDay.of(t.value());
          }
        }
      }
      LocalDate day;
      DatedSentence.DateSource source;
      if (eventDay != null) {
        day = eventDay;
        source = DatedSentence.DateSource.EVENT;
      } else if (mentioned != null) {
        day = mentioned;
        source = DatedSentence.DateSource.MENTIONED;
      } else if (!anyTimex && published != null) {
        day = published;
        source = DatedSentence.DateSource.PUBLISHED;
      } else {
        continue;
      }
      out.add(
          new DatedSentence(
              article.id(),
              outlet,
              published,
              day,
              source,
              text,
              span[0],
              span[1],
              position,
              events));
    }
    return out;
  }

  /**
   * Annotations found by where they lie: those that may overlap {@code [from, to)}, in the
   * article's own order (so the first event or date of a sentence is the same as in a full scan).
   * Sorted by start; a look-up reads those starting from {@code from} minus the longest span up to
   * {@code to}.
   */
  private static final class Near<T> {
    private final List<T> items;
    private final int[] order;
    private final int[] starts;
    private final int longest;

    Near(
        List<T> items,
        java.util.function.ToIntFunction<T> start,
        java.util.function.ToIntFunction<T> end) {
      this.items = items;
      Integer[] byStart = new Integer[items.size()];
      int max = 0;
      for (int i = 0; i < byStart.length; i++) {
        byStart[i] = i;
        T item = items.get(i);
        max = Math.max(max, end.applyAsInt(item) - start.applyAsInt(item));
      }
      java.util.Arrays.sort(
          byStart,
          java.util.Comparator.comparingInt((Integer i) -> start.applyAsInt(items.get(i))));
      order = new int[byStart.length];
      starts = new int[byStart.length];
      for (int i = 0; i < byStart.length; i++) {
        order[i] = byStart[i];
        starts[i] = start.applyAsInt(items.get(byStart[i]));
      }
      longest = max;
    }

    /** The items starting in {@code [from - longest, to)}, in the article's order. */
    List<T> overlapping(int from, int to) {
      int lo = 0;
      int hi = starts.length;
      long bound = (long) from - longest;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < bound) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      List<Integer> found = new ArrayList<>();
      for (int i = lo; i < starts.length && starts[i] < to; i++) {
        found.add(order[i]);
      }
      found.sort(null);
      List<T> out = new ArrayList<>(found.size());
      for (int i : found) {
        out.add(items.get(i));
      }
      return out;
    }
  }

  private static List<int[]> spans(Article article) {
    List<int[]> spans = new ArrayList<>();
    if (!article.sentences().isEmpty()) {
      for (Sentence s : article.sentences()) {
        spans.add(new int[] {s.start(), s.end()});
      }
      return spans;
    }
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.FRENCH);
    String text = article.text();
    breaks.setText(text);
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      // Paragraph breaks end a sentence even without a full stop (headings, datelines).
      int from = start;
      for (int nl = text.indexOf('\n', from); nl >= 0 && nl < end; nl = text.indexOf('\n', from)) {
        if (nl > from) {
          spans.add(new int[] {from, nl});
        }
        from = nl + 1;
      }
      if (end > from) {
        spans.add(new int[] {from, end});
      }
    }
    return spans;
  }

  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }
}
