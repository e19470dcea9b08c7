package org.vigie.text.boilerplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vigie.text.Block;
import org.vigie.text.BlockType;

/**
 * Decides which blocks of a page are the article. Every block gets a score: prose counts for its
 * length, headlines and short lines cost a little, cue lines (menus, share bars, "Lire aussi",
 * comment widgets, cookie and paywall notices), template lines that recur across the corpus, bare
 * URLs and glued link titles cost a lot. The article body is the run of blocks with the highest
 * total score (the maximum-sum segment, as in Finn's Body Text Extraction): it grows across a
 * subheading or an embedded link but stops at a menu or a "Commentaires" widget. Inside the body,
 * cue, template, URL and glued-title lines are still removed; outside it, everything is. A comment
 * section cue ends the body for good, since reader comments read as prose. Service notices ({@link
 * ServiceNotices}) count as cues unless they sit alone between prose lines. Headline lists and
 * other articles' ledes ({@link ListRuns}) that share no main term with the body go, and the
 * segment is searched again without them; then {@link CoherentBody} cuts it at the first section
 * past a boundary that leaves the body's subject and brings back short lines around it that keep to
 * it. Reader comments without a marker line ({@link ReaderComments}) end the body like a comment
 * cue, and an author's bio ({@link AuthorBios}) among its last lines closes it, as do the site's
 * notes under each article ({@link SiteNotes}), the article's tools, a block of related links, the
 * site's footer after its prose, or a share bar right above the comments ({@link ClosingBlocks}),
 * and a run of headline items that ends it goes whatever its subject ({@link
 * ListRuns#beforeClosingList}). Links to other reading inside the article and notices of the series
 * it belongs to ({@link ReadingInvitations}) go without splitting it; a lone "•" line before a
 * paragraph is a subheading, not a link. Stateless and thread-safe.
 *
 * <p>Example: "Lagazette / La Russie fait des efforts… / 30 Octobre 2020 06:00 / … / La Russie fait
 * des efforts vigoureux …, a souligné la porte-parole …. / « … », a-t-elle déclaré. / Loading... /
 * L'info de A à Z Voir Plus" keeps the two prose lines and leaves the header to {@link
 * HeaderReader}.
 */
final class BoilerplateClassifier {
  private static final double LINE_COST = 30;

  /** A link to other reading inside the page ({@link ReadingInvitations}) and its title. */
  static final String LINK = "link";

  /** Longest title of a linked page after a bare label, in words. */
  private static final int MAX_LINK_TITLE_WORDS = 12;

  private final BoilerplateCues cues = new BoilerplateCues();
  private final ServiceNotices notices = new ServiceNotices();

  /** The decision for each block: null to keep it, else the reason it goes. */
  record Decisions(List<String> reasons, int bodyStart, int bodyEnd, List<LineProfile> profiles) {
    boolean hasBody() {
      return bodyEnd > bodyStart;
    }
  }

  /**
   * Whether a cue, a link to other reading or the site's template explains the line on its own
   * words, wherever it stands.
   */
  boolean claimed(String line, RecurringLines recurring) {
    LineProfile p = LineProfile.of(line, 0);
    return cues.reason(line, p.words()) != null
        || ReadingInvitations.invitation(line)
        || recurring.isTemplate(line, p.prose());
  }

  Decisions classify(List<Block> blocks, RecurringLines recurring, boolean selectedByPage) {
    int n = blocks.size();
    List<LineProfile> profiles = new ArrayList<>(n);
    List<String> texts = new ArrayList<>(n);
    String[] cueReasons = new String[n];
    boolean[] template = new boolean[n];
    double[] scores = new double[n];
    ServiceNotices.Notice[] noticeReasons = new ServiceNotices.Notice[n];
    for (int i = 0; i < n; i++) {
      Block block = blocks.get(i);
      LineProfile p = LineProfile.of(block.text(), block.linkChars());
      profiles.add(p);
      texts.add(block.text());
      cueReasons[i] = cues.reason(block.text(), p.words());
      if (cueReasons[i] == null
          && (ReadingInvitations.invitation(block.text())
              || ReadingInvitations.seriesNotice(block.text()))) {
        cueReasons[i] = LINK;
      }
      if (cueReasons[i] == null) {
        noticeReasons[i] = notices.read(block.text());
      }
      template[i] = recurring.isTemplate(block.text(), p.prose());
    }
    linkTitles(texts, profiles, cueReasons);
    bulletSubheadings(texts, profiles, cueReasons);
    acceptNotices(noticeReasons, cueReasons, template, profiles);
    for (int i = 0; i < n; i++) {
      Block block = blocks.get(i);
      LineProfile p = profiles.get(i);
      scores[i] = score(block, p, cueReasons[i], template[i], selectedByPage);
    }
    int[] body = maximumSegment(scores);
    String[] listReasons = lists(texts, profiles, cueReasons, template, body);
    boolean[] chrome = new boolean[n];
    boolean[] opensSection = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (listReasons[i] != null) {
        scores[i] = -(60 + profiles.get(i).chars() / 4.0);
      }
      chrome[i] =
          cueReasons[i] != null
              || template[i]
              || listReasons[i] != null
              || profiles.get(i).urlOnly();
      opensSection[i] = opensSection(blocks.get(i), profiles.get(i), cueReasons[i]);
    }
    body = maximumSegment(scores);
    int start = body[0];
    int end = body[1];
    int commentsAt = n;
    for (int i = start; i < end; i++) {
      if (opensComments(cueReasons[i]) && firstProseBefore(profiles, start, i)) {
        commentsAt = i;
        break;
      }
    }
    // Reader comments without a marker line: the page's comment-shaped tail.
    commentsAt = Math.min(commentsAt, ReaderComments.tailStart(texts, profiles, chrome, start));
    end = Math.min(end, commentsAt);
    // The article's tools or a block of related links after it close it: what follows is the
    // site's (reader comments first).
    int closedAt =
        Math.min(
            ClosingBlocks.start(texts, cueReasons, profiles, start),
            ClosingBlocks.footerStart(chrome, template, profiles, start));
    end = Math.min(end, closedAt);
    // The site's notes printed under each article close it; nothing after them is its own.
    int notes = SiteNotes.cut(texts, profiles, chrome, recurring, start, end);
    if (notes < end) {
      end = notes;
      closedAt = notes;
    }
    int bio = AuthorBios.cut(texts, chrome, start, end);
    if (bio < end) {
      // The note about the author closes the article: what follows it is the site's.
      end = bio;
      commentsAt = Math.min(commentsAt, bio);
    }
    // A share bar right above the comments or the author's note ends the post: the blog's words
    // about itself stand between.
    int shareBar = ClosingBlocks.shareBeforeComments(cueReasons, profiles, start, commentsAt);
    if (shareBar < end) {
      end = shareBar;
      closedAt = shareBar;
    }
    if (end > start) {
      CoherentBody.Lines lines = new CoherentBody.Lines(texts, profiles, chrome, opensSection);
      int[] cut = CoherentBody.cut(lines, scores, start, end);
      start = cut[0];
      end = cut[1];
      start = CoherentBody.extendBack(lines, CoherentBody.terms(lines, start, end), start);
      int closed = Math.min(commentsAt, closedAt);
      if (end < closed) {
        end =
            Math.min(
                closed, CoherentBody.extend(lines, CoherentBody.terms(lines, start, end), end));
      }
      boolean[] listed = new boolean[n];
      for (int i = 0; i < n; i++) {
        listed[i] = listReasons[i] != null;
      }
      end = ListRuns.beforeClosingList(texts, profiles, chrome, listed, template, start, end);
      end = ListRuns.beforeLedeFeed(texts, profiles, start, end);
    }
    String[] reasons = new String[n];
    for (int i = 0; i < n; i++) {
      LineProfile p = profiles.get(i);
      String reason = null;
      if (cueReasons[i] != null) {
        reason = cueReasons[i];
      } else if (template[i]) {
        reason = "recurring";
      } else if (listReasons[i] != null) {
        reason = listReasons[i];
      } else if (p.urlOnly()) {
        reason = "url";
      } else if (p.gluedTitles() && !p.terminal()) {
        reason = "related";
      } else if (blocks.get(i).type() == BlockType.CAPTION) {
        reason = "caption";
      } else if (i < start || i >= end) {
        reason = i >= commentsAt ? "comments" : "boilerplate";
      }
      reasons[i] = reason;
    }
    return new Decisions(Arrays.asList(reasons), start, end, List.copyOf(profiles));
  }

  /**
   * Headline lists and other articles' ledes (see {@link ListRuns}) that share no main term with
   * the body the first segment found (their own lines left out of its terms): "list" or "lede".
   */
  private static String[] lists(
      List<String> texts,
      List<LineProfile> profiles,
      String[] cueReasons,
      boolean[] template,
      int[] body) {
    int n = texts.size();
    String[] reasons = new String[n];
    ListRuns.Kind[] kinds = ListRuns.mark(texts, profiles, cueReasons);
    boolean[] excluded = new boolean[n];
    for (int i = 0; i < n; i++) {
      excluded[i] = kinds[i] != ListRuns.Kind.NONE || cueReasons[i] != null || template[i];
    }
    CoherentBody.Lines lines = new CoherentBody.Lines(texts, profiles, excluded, new boolean[n]);
    TopicTerms terms = CoherentBody.terms(lines, body[0], body[1]);
    if (terms.isEmpty()) {
      return reasons;
    }
    boolean[] incoherentRun = ListRuns.mostlyIncoherent(kinds, texts, terms);
    for (int i = 0; i < n; i++) {
      // In a list that is mostly about other things, one shared term is a coincidence ("Bovins
      // français exportés d'Espagne" beside an article on the French president); the list's last
      // item right before the body is the article's own headline, left to the header reader.
      if (kinds[i] == ListRuns.Kind.LIST_ITEM
          && incoherentRun[i]
          && terms.shared(texts.get(i)) < 2
          && !headlineOfBody(i, profiles, kinds, cueReasons, body)) {
        reasons[i] = "list";
      } else if (kinds[i] == ListRuns.Kind.LEDE && terms.shared(texts.get(i)) < 2) {
        reasons[i] = "lede";
      }
    }
    return reasons;
  }

  /**
   * Whether list item {@code i} is followed straight away by the body's first line of prose, as an
   * article's headline is by its lede.
   */
  private static boolean headlineOfBody(
      int i, List<LineProfile> profiles, ListRuns.Kind[] kinds, String[] cueReasons, int[] body) {
    int next = i + 1;
    if (next >= body[1]
        || kinds[next] != ListRuns.Kind.NONE
        || cueReasons[next] != null
        || !profiles.get(next).prose()) {
      return false;
    }
    for (int k = body[0]; k < next; k++) {
      if (profiles.get(k).prose() && kinds[k] == ListRuns.Kind.NONE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The title of the page a bare link label points to ("Lire notre dossier complet" / "Guerre
   * civile en Libye"): the headline-like line right after a label that has no title of its own; and
   * the rest of a link's sentence hard-wrapped onto the next line.
   */
  private static void linkTitles(
      List<String> texts, List<LineProfile> profiles, String[] cueReasons) {
    for (int i = 0; i + 1 < texts.size(); i++) {
      LineProfile next = profiles.get(i + 1);
      if (LINK.equals(cueReasons[i]) && cueReasons[i + 1] == null && continues(texts.get(i + 1))) {
        // "Consultez les articles de la rubrique International," / "suivez les informations …"
        cueReasons[i + 1] = LINK;
      } else if (LINK.equals(cueReasons[i])
          && ReadingInvitations.bareLabel(texts.get(i))
          && cueReasons[i + 1] == null
          && next.headlineLike()
          && !next.terminal()
          && next.words() <= MAX_LINK_TITLE_WORDS) {
        cueReasons[i + 1] = LINK;
      }
    }
  }

  /**
   * A bullet line alone between the article's paragraphs is a subheading, not a link ("• L'Otan
   * reste divisée sur sa stratégie" followed by a paragraph on it): sites print their related links
   * in runs of bullets, or alone after the prose with "»", while a live report or a long article
   * opens each section with a single "•" heading followed by its paragraph. The paragraph may come
   * after the section's picture ("• Sarkozy exhorte Kadhafi à quitter le pouvoir" / "… Crédits
   * photo : AFP" / "Lors de son déplacement …"), and a "»" link right before the heading is a link
   * of its own, not a run the heading belongs to (a live page's "» Le mystère de la fortune de
   * Kadhafi" above its next "•" section).
   */
  private static void bulletSubheadings(
      List<String> texts, List<LineProfile> profiles, String[] cueReasons) {
    int n = texts.size();
    for (int i = 0; i + 1 < n; i++) {
      if (!"related".equals(cueReasons[i])
          || !texts.get(i).strip().startsWith(SUBHEADING_BULLET)
          || i > 0 && texts.get(i - 1).strip().startsWith(SUBHEADING_BULLET)
          || BoilerplateCues.bulleted(texts.get(i + 1))) {
        continue;
      }
      int next = i + 1;
      if (next + 1 < n && PictureLines.caption(texts.get(next), true)) {
        next++;
      }
      if (cueReasons[next] == null && profiles.get(next).prose()) {
        cueReasons[i] = null;
      }
    }
  }

  /** The bullet that opens subheadings as well as related links. */
  private static final String SUBHEADING_BULLET = "•";

  /** A line opening in lower case goes on with the sentence of the line before it. */
  private static boolean continues(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0));
  }

  /**
   * Notices become cues unless they sit alone between two lines of prose: a site prints its notices
   * in clusters or at the article's edges, while a sentence of the article that happens to address
   * the reader about an account or a message ("Vous pouvez suivre son compte …") sits among other
   * sentences. A notice certain on its own words is one wherever it stands.
   */
  private static void acceptNotices(
      ServiceNotices.Notice[] notices,
      String[] cueReasons,
      boolean[] template,
      List<LineProfile> profiles) {
    int n = notices.length;
    for (int i = 0; i < n; i++) {
      if (notices[i] == null) {
        continue;
      }
      boolean proseBefore = i > 0 && prose(i - 1, notices, cueReasons, template, profiles);
      boolean proseAfter = i + 1 < n && prose(i + 1, notices, cueReasons, template, profiles);
      if (!(proseBefore && proseAfter) || notices[i].certain()) {
        cueReasons[i] = notices[i].reason();
      }
    }
  }

  private static boolean prose(
      int i,
      ServiceNotices.Notice[] notices,
      String[] cueReasons,
      boolean[] template,
      List<LineProfile> profiles) {
    return notices[i] == null && cueReasons[i] == null && !template[i] && profiles.get(i).prose();
  }

  /** A standalone "Sur le même sujet" or "Commentaires" opens a whole section of chrome. */
  private static boolean opensSection(Block block, LineProfile p, String cue) {
    return BoilerplateCues.endsArticle(cue)
        && p.words() <= 5
        && Character.isLetter(firstChar(block));
  }

  /**
   * Whether a cue opens the reader comments: their title ("Commentaires", "38 commentaires à …") or
   * a notice about commenting, its rules and moderation ("Vos commentaires seront modérés …"),
   * which sites print above the comments or their form.
   */
  private static boolean opensComments(String cue) {
    return "comments".equals(cue) || ServiceNotices.COMMENT.equals(cue);
  }

  private static boolean firstProseBefore(List<LineProfile> profiles, int from, int to) {
    for (int i = from; i < to; i++) {
      if (profiles.get(i).prose()) {
        return true;
      }
    }
    return false;
  }

  private static double score(
      Block block, LineProfile p, String cue, boolean template, boolean selectedByPage) {
    // A page's own markup already chose these blocks: lean towards keeping them.
    double bias = selectedByPage ? 40 : 0;
    if (LINK.equals(cue)) {
      // A link inside the article ("Lire notre dossier complet") neither ends nor splits it.
      return -15 + bias / 2;
    }
    if (cue != null) {
      // A standalone "Sur le même sujet" or "Commentaires" opens a whole section of chrome; a
      // single "Lire aussi : …" link or share bar inside an article does not end it.
      return -(opensSection(block, p, cue) ? 250 : 60 + p.chars() / 4.0) + bias / 2;
    }
    if (template) {
      return -(60 + p.chars() / 4.0);
    }
    if (p.urlOnly()) {
      return -60;
    }
    if (p.gluedTitles() && !p.terminal()) {
      return -(60 + p.chars() / 4.0);
    }
    // Each line costs a little: trending lists and notices are many short sentence-like lines,
    // an article is fewer, longer paragraphs.
    if (p.prose()) {
      return p.chars() * (0.5 + p.stopDensity()) - LINE_COST + bias;
    }
    if (p.terminal() && p.words() >= 3 && p.stopWords() > 0 && !p.headlineShaped()) {
      return p.chars() * 0.3 - LINE_COST + bias;
    }
    if (block.type() == BlockType.HEADING || p.headlineLike()) {
      return -15 + bias;
    }
    return -30 + bias / 2;
  }

  private static char firstChar(Block block) {
    return block.text().isEmpty() ? ' ' : block.text().charAt(0);
  }

  /**
   * The half-open run [start, end) of highest total score (Kadane); empty when none is positive.
   */
  static int[] maximumSegment(double[] scores) {
    double best = 0;
    int bestStart = 0;
    int bestEnd = 0;
    double run = 0;
    int runStart = 0;
    for (int i = 0; i < scores.length; i++) {
      if (run <= 0) {
        run = 0;
        runStart = i;
      }
      run += scores[i];
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = i + 1;
      }
    }
    return new int[] {bestStart, bestEnd};
  }
}
