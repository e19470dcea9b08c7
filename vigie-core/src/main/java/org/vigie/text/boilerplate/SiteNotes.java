package org.vigie.text.boilerplate;

import java.util.List;

/**
 * The site's own paragraphs printed under each of its articles, after the article's tools: a blog's
 * "about" ("Essayer de faire passer une autre information, offrir une autre manière de voir …"), a
 * column's presentation. They read as prose, and prose needs {@value
 * RecurringLines#MIN_DOCUMENTS_PROSE} documents to count as template, since a wire dispatch is
 * reprinted by a few outlets; a small site's notes recur in fewer. Their place tells them apart:
 * they close the body, after a line of chrome (a share bar, a link), and the body before them is
 * the page's own — a reprinted dispatch recurs whole. Stateless.
 *
 * <p>Example: four paragraphs of a post, "Partager cet article /", then two sentences about the
 * blog seen on three pages of the corpus: the body ends at the share bar.
 */
final class SiteNotes {
  /** Lines of prose seen on no other page that the body keeps before the notes. */
  static final int MIN_OWN_PROSE = 3;

  private SiteNotes() {}

  /**
   * The body's new end when its last lines (chrome aside) recur on {@value
   * RecurringLines#MIN_DOCUMENTS} pages or more, at least one of them prose, and come right after a
   * line of chrome; {@code end} otherwise.
   */
  static int cut(
      List<String> texts,
      List<LineProfile> profiles,
      boolean[] chrome,
      RecurringLines recurring,
      int start,
      int end) {
    int first = end;
    boolean prose = false;
    for (int i = end - 1; i > start; i--) {
      if (chrome[i]) {
        continue;
      }
      if (recurring.documentsWith(texts.get(i)) < RecurringLines.MIN_DOCUMENTS) {
        break;
      }
      first = i;
      prose |= profiles.get(i).prose();
    }
    if (first == end || !prose || !chrome[first - 1]) {
      return end;
    }
    int own = 0;
    for (int i = start; i < first; i++) {
      if (!chrome[i]
          && profiles.get(i).prose()
          && recurring.documentsWith(texts.get(i)) < RecurringLines.MIN_DOCUMENTS) {
        own++;
      }
    }
    return own >= MIN_OWN_PROSE ? first : end;
  }
}
