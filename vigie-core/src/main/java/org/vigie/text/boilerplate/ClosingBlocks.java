package org.vigie.text.boilerplate;

import java.util.List;

/**
 * Blocks of chrome that close an article when they follow its prose: the article's own tools (text
 * size, print, favourites, send by e-mail; at least {@link #MIN_TOOLS}), a block of links to
 * related articles (at least {@link #MIN_RELATED}, "» Washington laisse les premiers rôles …"), and
 * the page's last block of bulleted related links, however short (at least {@link
 * #MIN_LAST_MARKED}: "» Libye : la médiation tourne court" / "» Obama veut « finir le job »").
 * Sites print them between the article and the rest of the page, reader comments first; comments
 * share the article's subject, so coherence cannot tell them from it, but their place can. A pair
 * of bulleted links inside a long article is followed by another block further down, which closes
 * it instead. The same blocks above the article (after its byline, before any prose) close nothing.
 * The site's footer closes it too ({@link #footerStart}). Stateless.
 *
 * <p>Example: four paragraphs, then "Agrandir le texte / Réduire le texte / Imprimer", then "Le
 * barrage aurait dû être réparé depuis longtemps…": the article ends at the tools.
 */
final class ClosingBlocks {
  /** Tool lines in one block of chrome that close the article. */
  static final int MIN_TOOLS = 2;

  /** Related links in one block of chrome that close the article. */
  static final int MIN_RELATED = 3;

  /** Bulleted related links in the page's last block of them that close the article. */
  static final int MIN_LAST_MARKED = 2;

  /** Lines of prose the article has before a block that closes it. */
  static final int MIN_PROSE_BEFORE = 3;

  /** Template lines in one run of chrome that make it the site's footer. */
  static final int MIN_FOOTER_TEMPLATE = 4;

  /** Most lines between a share bar and the reader comments it closes the article before. */
  static final int MAX_LINES_SHARE_TO_COMMENTS = 3;

  private static final String SHARE = "share";

  /**
   * The share bar under a post when the reader comments or the author's note open right after it
   * (within {@link #MAX_LINES_SHARE_TO_COMMENTS} lines) and {@link #MIN_PROSE_BEFORE} lines of
   * prose precede it: a blog prints the post, its share bar, then its own words about itself and
   * its welcome to comments ("Essayer de faire passer une autre information …" / "Tous les points
   * de vue et commentaires sont bienvenus, à condition …") above the comments; those lines read as
   * prose, and only a corpus holding several posts of the blog tells them as its template. {@code
   * commentsAt} when the page is not so.
   */
  static int shareBeforeComments(
      String[] cueReasons, List<LineProfile> profiles, int start, int commentsAt) {
    int n = cueReasons.length;
    if (commentsAt >= n) {
      return commentsAt;
    }
    for (int i = commentsAt - 1;
        i >= start && commentsAt - i <= MAX_LINES_SHARE_TO_COMMENTS + 1;
        i--) {
      if (!SHARE.equals(cueReasons[i])) {
        continue;
      }
      int prose = 0;
      for (int k = start; k < i; k++) {
        if (profiles.get(k).prose()) {
          prose++;
        }
      }
      return prose >= MIN_PROSE_BEFORE ? i : commentsAt;
    }
    return commentsAt;
  }

  private static final String RELATED = "related";

  private ClosingBlocks() {}

  /**
   * The first line of the first closing block after at least {@link #MIN_PROSE_BEFORE} lines of
   * prose from {@code start} (a block being a run of cue lines, {@code cueReasons[i] != null});
   * {@code cueReasons.length} when there is none.
   */
  static int start(List<String> texts, String[] cueReasons, List<LineProfile> profiles, int start) {
    int n = cueReasons.length;
    int lastMarked = lastMarkedBlock(texts, cueReasons);
    int prose = 0;
    int i = start;
    while (i < n) {
      if (cueReasons[i] == null) {
        if (profiles.get(i).prose()) {
          prose++;
        }
        i++;
        continue;
      }
      int tools = 0;
      int related = 0;
      int k = i;
      for (; k < n && cueReasons[k] != null; k++) {
        if (BoilerplateCues.TOOLS.equals(cueReasons[k])) {
          tools++;
        } else if (RELATED.equals(cueReasons[k])) {
          related++;
        }
      }
      if (prose >= MIN_PROSE_BEFORE
          && (tools >= MIN_TOOLS || related >= MIN_RELATED || i == lastMarked)) {
        return i;
      }
      i = k;
    }
    return n;
  }

  /**
   * The first line of the site's footer after at least {@link #MIN_PROSE_BEFORE} lines of prose
   * from {@code start}: a run of chrome holding at least {@link #MIN_FOOTER_TEMPLATE} lines of the
   * site's template (printed under every page of the corpus: "Code promo …", "Plan du site"). A
   * site prints it once, under the article; the prose after it is the readers' or another listing's
   * (reader comments scraped after L'Obs's footer: "Tu as raison. Avec ces pays, on ne peut jamais
   * savoir qui dit vrai."). {@code chrome.length} when there is none.
   */
  static int footerStart(
      boolean[] chrome, boolean[] template, List<LineProfile> profiles, int start) {
    int n = chrome.length;
    int prose = 0;
    int i = start;
    while (i < n) {
      if (!chrome[i]) {
        if (profiles.get(i).prose()) {
          prose++;
        }
        i++;
        continue;
      }
      int templates = 0;
      int k = i;
      for (; k < n && chrome[k]; k++) {
        if (template[k]) {
          templates++;
        }
      }
      if (prose >= MIN_PROSE_BEFORE && templates >= MIN_FOOTER_TEMPLATE) {
        return i;
      }
      i = k;
    }
    return n;
  }

  /**
   * The first line of the block holding the page's last bulleted related link, when it holds at
   * least {@link #MIN_LAST_MARKED} of them; -1 otherwise. A live report that ends each entry with
   * one link ends on a block of one, and closes nothing.
   */
  private static int lastMarkedBlock(List<String> texts, String[] cueReasons) {
    int last = -1;
    int i = 0;
    int n = cueReasons.length;
    while (i < n) {
      if (cueReasons[i] == null) {
        i++;
        continue;
      }
      int marked = 0;
      int k = i;
      for (; k < n && cueReasons[k] != null; k++) {
        if (RELATED.equals(cueReasons[k]) && BoilerplateCues.bulleted(texts.get(k))) {
          marked++;
        }
      }
      if (marked > 0) {
        last = marked >= MIN_LAST_MARKED ? i : -1;
      }
      i = k;
    }
    return last;
  }
}
