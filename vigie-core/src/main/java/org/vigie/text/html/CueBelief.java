package org.vigie.text.html;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which class cues of a page ("comments", "sidebar", "article-body") to believe. A cue is believed
 * only when the element it names does not hold most of the page's running text: a wrapper called
 * "page-with-sidebar" must not take the article with it. Building it sums the blocks' text, links
 * and commas into every ancestor frame, which the content choice reads afterwards. Not thread-safe:
 * one per page.
 */
final class CueBelief {
  private final Map<ElementFrame, Boolean> honored = new IdentityHashMap<>();
  private final int pageGood;

  CueBelief(List<TextBlock> blocks) {
    ElementFrame body = null;
    for (TextBlock b : blocks) {
      int length = b.text.length();
      for (ElementFrame f = b.owner; f != null; f = f.parent) {
        f.textChars += length;
        f.linkChars += b.linkChars;
        f.commas += b.stats.commas();
        if (b.isTextLike()) {
          f.goodChars += length;
        }
        if (f.parent == null) {
          body = f;
        }
      }
    }
    pageGood = body == null ? 0 : body.goodChars;
  }

  /** Whether the cue of {@code f} is to be believed (see the class comment). */
  boolean isHonored(ElementFrame f) {
    if (f.cue == ClassCues.Cue.NONE || f.parent == null) {
      return false;
    }
    Boolean memo = honored.get(f);
    if (memo != null) {
      return memo;
    }
    // Nested elements with the same cue ("comments" > "comment" > "comment-body") are one thing:
    // judge the outermost by its share of the page's text.
    ElementFrame outer = f;
    while (outer.parent != null && outer.parent.parent != null && outer.parent.cue == f.cue) {
      outer = outer.parent;
    }
    boolean result;
    if (f.cue == ClassCues.Cue.COMMENTS && !outer.positive) {
      result = true;
    } else {
      double share = pageGood == 0 ? 0 : (double) outer.goodChars / pageGood;
      result = outer.positive ? share < 0.15 : share < 0.5;
    }
    honored.put(f, result);
    return result;
  }

  /** The strongest believed cue on the way up from {@code f} to {@code stop} (exclusive). */
  ClassCues.Cue honoredCue(ElementFrame f, ElementFrame stop) {
    ClassCues.Cue found = ClassCues.Cue.NONE;
    for (ElementFrame a = f; a != null && a != stop; a = a.parent) {
      if (isHonored(a)) {
        if (a.cue == ClassCues.Cue.COMMENTS) {
          return a.cue;
        }
        if (found == ClassCues.Cue.NONE) {
          found = a.cue;
        }
      }
    }
    return found;
  }
}
