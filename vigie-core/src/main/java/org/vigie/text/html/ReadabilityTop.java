package org.vigie.text.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Readability's choice of the article's container: every paragraph scores by length and commas,
 * damped by its links, and passes its score to its ancestors (halved, then divided by three times
 * the level); containers start from their tag and class cues. The best container, moved up when its
 * parent or a common ancestor of several nearly as good ones says more, is the article's.
 */
final class ReadabilityTop {
  private static final Set<String> PARAGRAPH_TAGS =
      Set.copyOf(
          List.of(
              "p",
              "pre",
              "td",
              "th",
              "li",
              "dd",
              "dt",
              "blockquote",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "figcaption",
              "caption",
              "address"));

  private ReadabilityTop() {}

  /** The article's container, or null when no paragraph scores. */
  static ElementFrame of(List<TextBlock> blocks, CueBelief cues) {
    List<ElementFrame> candidates = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.text.length() < 25 || b.isHeading() || b.linkDensity() > 0.5) {
        continue;
      }
      if (cues.honoredCue(b.owner, null) != ClassCues.Cue.NONE) {
        continue;
      }
      double score =
          (1 + b.stats.commas() + Math.min(b.text.length() / 100, 3)) * (1 - b.linkDensity());
      ElementFrame start = PARAGRAPH_TAGS.contains(b.owner.tag) ? b.owner.parent : b.owner;
      int level = 0;
      for (ElementFrame f = start; f != null && level < 5; f = f.parent, level++) {
        if (!f.candidate) {
          f.candidate = true;
          f.score = initialScore(f);
          candidates.add(f);
        }
        f.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    for (ElementFrame f : candidates) {
      f.score *= 1 - f.linkDensity();
    }
    candidates.sort(Comparator.comparingDouble((ElementFrame f) -> -f.score));
    ElementFrame top = candidates.get(0);
    if (top.score <= 0) {
      return null;
    }
    top = preferCommonAncestor(top, candidates);
    top = climbWhileParentScoresBetter(top);
    // A lone child says nothing its parent does not: Readability takes the parent.
    while (top.parent != null
        && top.parent.parent != null
        && top.parent.element.childrenSize() == 1) {
      top = top.parent;
    }
    return top;
  }

  private static double initialScore(ElementFrame f) {
    double score;
    switch (f.tag) {
      case "div":
      case "section":
        score = 5;
        break;
      case "article":
      case "main":
        // HTML5 says what these hold; Readability predates them.
        score = 8;
        break;
      case "pre":
      case "td":
      case "blockquote":
        score = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        score = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        score = -5;
        break;
      default:
        score = 0;
    }
    if (f.positive) {
      score += 25;
    }
    if (f.cue != ClassCues.Cue.NONE) {
      score -= 25;
    }
    return score;
  }

  /** Readability: when three of the near-best candidates share an ancestor, the article is it. */
  private static ElementFrame preferCommonAncestor(ElementFrame top, List<ElementFrame> sorted) {
    List<ElementFrame> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(sorted.size(), 6); i++) {
      if (sorted.get(i).score >= 0.75 * top.score) {
        alternatives.add(sorted.get(i));
      }
    }
    if (alternatives.size() < 3) {
      return top;
    }
    for (ElementFrame parent = top.parent;
        parent != null && parent.parent != null;
        parent = parent.parent) {
      int inside = 0;
      for (ElementFrame alternative : alternatives) {
        if (alternative.isInside(parent)) {
          inside++;
        }
      }
      if (inside >= 3) {
        return parent;
      }
    }
    return top;
  }

  private static ElementFrame climbWhileParentScoresBetter(ElementFrame top) {
    double lastScore = top.score;
    double threshold = lastScore / 3;
    for (ElementFrame parent = top.parent;
        parent != null && parent.parent != null;
        parent = parent.parent) {
      if (!parent.candidate) {
        continue;
      }
      if (parent.score < threshold) {
        break;
      }
      if (parent.score > lastScore) {
        return parent;
      }
      lastScore = parent.score;
    }
    return top;
  }
}
