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
 * section cue ends the body for good, since reader comments read as prose. Stateless and
 * thread-safe.
 *
 * <p>Example: "Lagazette / La Russie fait des efforts… / 30 Octobre 2020 06:00 / … / La Russie fait
 * des efforts vigoureux …, a souligné la porte-parole …. / « … », a-t-elle déclaré. / Loading... /
 * L'info de A à Z Voir Plus" keeps the two prose lines and leaves the header to {@link
 * HeaderReader}.
 */
final class BoilerplateClassifier {
  private static final double LINE_COST = 30;

  private final BoilerplateCues cues = new BoilerplateCues();

  /** The decision for each block: null to keep it, else the reason it goes. */
  record Decisions(List<String> reasons, int bodyStart, int bodyEnd, List<LineProfile> profiles) {
    boolean hasBody() {
      return bodyEnd > bodyStart;
    }
  }

  Decisions classify(List<Block> blocks, RecurringLines recurring, boolean selectedByPage) {
    int n = blocks.size();
    List<LineProfile> profiles = new ArrayList<>(n);
    String[] cueReasons = new String[n];
    boolean[] template = new boolean[n];
    double[] scores = new double[n];
    int commentsAt = n;
    for (int i = 0; i < n; i++) {
      Block block = blocks.get(i);
      LineProfile p = LineProfile.of(block.text(), block.linkChars());
      profiles.add(p);
      cueReasons[i] = cues.reason(block.text(), p.words());
      template[i] = recurring.isTemplate(block.text(), p.prose());
      scores[i] = score(block, p, cueReasons[i], template[i], selectedByPage);
    }
    int[] body = maximumSegment(scores);
    int start = body[0];
    int end = body[1];
    for (int i = start; i < end; i++) {
      if ("comments".equals(cueReasons[i]) && firstProseBefore(profiles, start, i)) {
        commentsAt = i;
        break;
      }
    }
    end = Math.min(end, commentsAt);
    String[] reasons = new String[n];
    for (int i = 0; i < n; i++) {
      LineProfile p = profiles.get(i);
      String reason = null;
      if (cueReasons[i] != null) {
        reason = cueReasons[i];
      } else if (template[i]) {
        reason = "recurring";
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
    if (cue != null) {
      // A standalone "Sur le même sujet" or "Commentaires" opens a whole section of chrome; a
      // single "Lire aussi : …" link or share bar inside an article does not end it.
      boolean opensSection =
          BoilerplateCues.endsArticle(cue)
              && p.words() <= 5
              && Character.isLetter(firstChar(block));
      return -(opensSection ? 250 : 60 + p.chars() / 4.0) + bias / 2;
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
