package org.vigie.text.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.vigie.text.BlockType;

/**
 * Chooses the article among a page's blocks, in three steps.
 *
 * <ol>
 *   <li>Readability ({@link ReadabilityTop}): the best-scoring container, plus the siblings that
 *       score well, is the content.
 *   <li>trafilatura: inside the content, drop what cues and phrases mark as not article: share
 *       bars, related links ("Lire aussi", "»" links, link-dense lists), captions and credits,
 *       subscription and newsletter prompts, comments.
 *   <li>jusText's context: non-text blocks at the edges go; short blocks between text blocks stay;
 *       a heading stays when text follows it. The article's {@code h1} and a lead paragraph placed
 *       just above the chosen container are added back.
 * </ol>
 *
 * <p>Class cues are believed as {@link CueBelief} says. If the result is nearly empty while the
 * page has running text, a page-wide jusText pass decides instead. Not thread-safe: one per page.
 */
final class ContentSelector {
  private final List<TextBlock> blocks;
  private final Map<Element, ElementFrame> frames;
  private final Set<ElementFrame> roots = Collections.newSetFromMap(new IdentityHashMap<>());
  private final CueBelief cues;

  ContentSelector(List<TextBlock> blocks, Map<Element, ElementFrame> frames) {
    this.blocks = blocks;
    this.frames = frames;
    this.cues = new CueBelief(blocks);
  }

  /** The kept blocks in reading order; every other block gets a drop reason. */
  List<TextBlock> select(String title) {
    List<TextBlock> kept = new ArrayList<>();
    ElementFrame top = ReadabilityTop.of(blocks, cues);
    if (top != null) {
      gatherRoots(top);
      kept = filterContent();
      extendBackwards(kept);
      addTitleAndLead(kept, title);
    }
    int keptChars = textChars(kept);
    if (keptChars < 250) {
      List<TextBlock> fallback = pageWideJusText();
      if (textChars(fallback) > 2 * keptChars + 100) {
        roots.clear();
        kept = fallback;
      }
    }
    Set<TextBlock> keep = Collections.newSetFromMap(new IdentityHashMap<>());
    keep.addAll(kept);
    for (TextBlock b : blocks) {
      if (keep.contains(b)) {
        b.dropReason = null;
      } else if (b.dropReason == null) {
        b.dropReason = reasonOutside(b);
      }
    }
    kept.sort(Comparator.comparingInt(b -> b.index));
    return kept;
  }

  /** Whether a date or byline element speaks for the article, not for a comment or teaser. */
  boolean speaksForArticle(Element e, int contentRawEnd) {
    ElementFrame f = frames.get(e);
    if (f == null || cues.honoredCue(f, null) != ClassCues.Cue.NONE) {
      return false;
    }
    if (insideRoots(f)) {
      return true;
    }
    int at = e.sourceRange().isTracked() ? e.sourceRange().startPos() : Integer.MAX_VALUE;
    return at <= contentRawEnd;
  }

  /** Characters of text below {@code e} (unknown elements count as huge). */
  int textChars(Element e) {
    ElementFrame f = frames.get(e);
    return f == null ? Integer.MAX_VALUE : f.textChars;
  }

  boolean insideRoots(ElementFrame f) {
    for (ElementFrame a = f; a != null; a = a.parent) {
      if (roots.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** The top candidate and those of its siblings that look like more of the same article. */
  private void gatherRoots(ElementFrame top) {
    roots.add(top);
    if (top.parent == null) {
      return;
    }
    double threshold = Math.max(10, top.score * 0.2);
    String className = top.element.className();
    for (Element sibling : top.parent.element.children()) {
      ElementFrame s = frames.get(sibling);
      if (s == null || s == top || s.textChars == 0 || cues.isHonored(s)) {
        continue;
      }
      double bonus = !className.isEmpty() && className.equals(sibling.className()) ? 0.2 : 0;
      boolean append = s.candidate && s.score + bonus * top.score >= threshold;
      if (!append && s.tag.equals("p")) {
        double density = s.linkDensity();
        append =
            s.textChars > 80 && density < 0.25
                || s.textChars < 80 && density == 0 && FrenchText.endsSentence(sibling.text());
      }
      if (append) {
        roots.add(s);
      }
    }
  }

  private ElementFrame rootOf(TextBlock b) {
    for (ElementFrame f = b.owner; f != null; f = f.parent) {
      if (roots.contains(f)) {
        return f;
      }
    }
    return null;
  }

  private List<TextBlock> filterContent() {
    List<TextBlock> content = new ArrayList<>();
    boolean inRelatedRun = false;
    for (TextBlock b : blocks) {
      ElementFrame root = rootOf(b);
      if (root == null) {
        continue;
      }
      String reason = reasonInside(b, root);
      if (reason == null
          && inRelatedRun
          && (b.linkDensity() > 0.3 || b.linkChars > 0 && !b.isTextLike())) {
        // The links under a "Lire aussi" heading, even when each one carries a few plain words.
        reason = "boilerplate";
      }
      if (FrenchText.isRelatedLead(b.text)) {
        inRelatedRun = true;
      } else if (reason == null) {
        inRelatedRun = false;
      }
      b.dropReason = reason;
      if (reason == null) {
        content.add(b);
      }
    }
    return trimEdges(content);
  }

  /** Why a block inside the content is not article text, or null when it is. */
  private String reasonInside(TextBlock b, ElementFrame root) {
    ClassCues.Cue cue = cues.honoredCue(b.owner, root);
    if (cue == ClassCues.Cue.COMMENTS) {
      return "comments";
    }
    if (cue == ClassCues.Cue.CAPTION || b.type == BlockType.CAPTION || inFigure(b, root)) {
      return "caption";
    }
    if (cue == ClassCues.Cue.BOILERPLATE) {
      return "boilerplate";
    }
    if (FrenchText.isCredit(b.text) && !b.isHeading() && b.stats.words() <= 30) {
      return "caption";
    }
    if (FrenchText.isRelatedLead(b.text)
        && (b.linkChars > 0 || b.text.length() < 120 && !b.sentence)) {
      return "boilerplate";
    }
    if (b.linkDensity() > 0.5 || FrenchText.startsWithPointer(b.text) && b.linkDensity() > 0.3) {
      return "boilerplate";
    }
    if (b.type == BlockType.LIST_ITEM && listLinkDensity(b) > 0.5) {
      return "boilerplate";
    }
    if (FrenchText.isServiceLine(b.text, b.stats)) {
      return "boilerplate";
    }
    return null;
  }

  private static boolean inFigure(TextBlock b, ElementFrame root) {
    if (b.type == BlockType.QUOTE) {
      return false;
    }
    for (ElementFrame f = b.owner; f != null && f != root; f = f.parent) {
      if (f.tag.equals("figure")) {
        return true;
      }
    }
    return false;
  }

  private static double listLinkDensity(TextBlock b) {
    int level = 0;
    for (ElementFrame f = b.owner; f != null && level < 4; f = f.parent, level++) {
      if (f.tag.equals("ul") || f.tag.equals("ol") || f.tag.equals("dl")) {
        return f.linkDensity();
      }
    }
    return b.linkDensity();
  }

  /**
   * Drops non-text blocks before the first and after the last text block (bylines, dates, tag
   * lists), and headings that no text follows.
   */
  private static List<TextBlock> trimEdges(List<TextBlock> content) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < content.size(); i++) {
      TextBlock b = content.get(i);
      if (!b.isHeading() && (b.isTextLike() || b.sentence)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    List<TextBlock> kept = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      TextBlock b = content.get(i);
      boolean keep =
          first >= 0
              && (i >= first && i <= last
                  || i < first && b.isHeading()
                  || i > last && sameUnit(b, content.get(last)));
      if (keep) {
        kept.add(b);
      } else {
        b.dropReason = "boilerplate";
      }
    }
    // A heading stays only when text, not another heading, comes after it.
    boolean textFollows = false;
    for (int i = kept.size() - 1; i >= 0; i--) {
      TextBlock b = kept.get(i);
      if (!b.isHeading()) {
        textFollows = true;
      } else if (!textFollows || i + 1 < kept.size() && kept.get(i + 1).isHeading()) {
        if (!b.owner.tag.equals("h1")) {
          b.dropReason = "boilerplate";
          kept.remove(i);
        }
      }
    }
    return kept;
  }

  /**
   * Running text directly above the chosen container belongs to the article: table layouts and
   * split templates put the opening paragraphs in another cell or wrapper than the rest. Walks back
   * over text blocks (jusText good or near-good, few links, no believed cue) until anything else.
   */
  private void extendBackwards(List<TextBlock> kept) {
    if (kept.isEmpty()) {
      return;
    }
    List<TextBlock> added = new ArrayList<>();
    for (int i = kept.get(0).index - 1; i >= 0 && added.size() < 10; i--) {
      TextBlock b = blocks.get(i);
      ClassCues.Cue cue = cues.honoredCue(b.owner, null);
      if (cue == ClassCues.Cue.CAPTION
          || b.type == BlockType.CAPTION
          || FrenchText.isCredit(b.text) && b.stats.words() <= 30) {
        continue; // a photo between two paragraphs does not end the article
      }
      if (!b.isTextLike()
          || b.isHeading()
          || b.linkDensity() > 0.2
          || cue != ClassCues.Cue.NONE
          || FrenchText.isServiceLine(b.text, b.stats)
          || FrenchText.isRelatedLead(b.text)) {
        break;
      }
      b.dropReason = null;
      added.add(0, b);
    }
    kept.addAll(0, added);
  }

  /**
   * Whether two blocks are parts of one quotation or list item (an embedded post's text and its
   * attribution line): edge trimming must not cut such a unit in two.
   */
  private static boolean sameUnit(TextBlock a, TextBlock b) {
    int level = 0;
    for (ElementFrame f = a.owner; f != null && level < 3; f = f.parent, level++) {
      if (f.tag.equals("blockquote") || f.tag.equals("li")) {
        return b.owner.isInside(f);
      }
    }
    return false;
  }

  /**
   * Adds the article's {@code h1} when it sits above the chosen container (in a page header), and a
   * lead paragraph between it and the container ("chapo").
   */
  private void addTitleAndLead(List<TextBlock> kept, String title) {
    if (kept.isEmpty()) {
      return;
    }
    int firstIndex = kept.get(0).index;
    for (TextBlock b : kept) {
      if (b.owner.tag.equals("h1")) {
        return;
      }
    }
    TextBlock h1 = null;
    String wanted = title == null ? null : TitleText.comparable(title);
    for (int i = firstIndex - 1; i >= 0; i--) {
      TextBlock b = blocks.get(i);
      if (!b.owner.tag.equals("h1") || b.linkDensity() > 0.5) {
        continue;
      }
      if (cues.honoredCue(b.owner, null) == ClassCues.Cue.COMMENTS) {
        continue;
      }
      if (h1 == null) {
        h1 = b;
      }
      if (wanted != null && TitleText.comparable(b.text).equals(wanted)) {
        h1 = b;
        break;
      }
    }
    if (h1 == null) {
      return;
    }
    h1.dropReason = null;
    List<TextBlock> added = new ArrayList<>();
    added.add(h1);
    for (int i = h1.index + 1; i < firstIndex && i - h1.index <= 12; i++) {
      TextBlock b = blocks.get(i);
      if (b.quality == TextBlock.Quality.GOOD
          && b.linkDensity() < 0.1
          && cues.honoredCue(b.owner, null) == ClassCues.Cue.NONE
          && !FrenchText.isCredit(b.text)
          && !FrenchText.isServiceLine(b.text, b.stats)) {
        b.dropReason = null;
        added.add(b);
      }
    }
    kept.addAll(0, added);
  }

  /**
   * jusText over the whole page, for pages where no container stands out: text blocks, and short
   * blocks between two text blocks, outside believed boilerplate cues.
   */
  private List<TextBlock> pageWideJusText() {
    List<TextBlock> candidates = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (cues.honoredCue(b.owner, null) == ClassCues.Cue.NONE
          && b.linkDensity() <= 0.35
          && !FrenchText.isCredit(b.text)
          && !FrenchText.isServiceLine(b.text, b.stats)
          && !FrenchText.isRelatedLead(b.text)) {
        candidates.add(b);
      }
    }
    List<TextBlock> kept = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      TextBlock b = candidates.get(i);
      if (b.isTextLike()) {
        kept.add(b);
      } else if (b.quality == TextBlock.Quality.SHORT
          && i > 0
          && i + 1 < candidates.size()
          && candidates.get(i - 1).isTextLike()
          && nextTextLike(candidates, i + 1)) {
        kept.add(b);
      }
    }
    return kept;
  }

  private static boolean nextTextLike(List<TextBlock> candidates, int from) {
    for (int i = from; i < candidates.size() && i < from + 3; i++) {
      if (candidates.get(i).isTextLike()) {
        return true;
      }
      if (candidates.get(i).quality == TextBlock.Quality.BAD) {
        return false;
      }
    }
    return false;
  }

  private String reasonOutside(TextBlock b) {
    ClassCues.Cue cue = cues.honoredCue(b.owner, null);
    if (cue == ClassCues.Cue.COMMENTS) {
      return "comments";
    }
    if (cue == ClassCues.Cue.CAPTION || b.type == BlockType.CAPTION) {
      return "caption";
    }
    return "boilerplate";
  }

  private static int textChars(List<TextBlock> kept) {
    int chars = 0;
    for (TextBlock b : kept) {
      chars += b.text.length();
    }
    return chars;
  }
}
