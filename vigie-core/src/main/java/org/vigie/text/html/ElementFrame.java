package org.vigie.text.html;

import org.jsoup.nodes.Element;

/**
 * What segmentation learned about one element of the page: where it sits, its class and id cues,
 * and the text statistics of the blocks below it, which content selection turns into a score. The
 * chain of parents is the element's ancestors as far as segmentation went (the depth is bounded),
 * so a block's context is one pointer, not a copy of the path. Mutable, confined to one read.
 */
final class ElementFrame {
  final Element element;
  final ElementFrame parent;
  final String tag;
  final int depth;
  final boolean blockLevel;
  final ClassCues.Cue cue;
  final boolean positive;

  int textChars;
  int linkChars;

  /** Characters of blocks that read like running text (jusText good or near-good). */
  int goodChars;

  int commas;
  double score;
  boolean candidate;

  ElementFrame(Element element, ElementFrame parent, boolean blockLevel) {
    this.element = element;
    this.parent = parent;
    this.tag = element.normalName();
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.blockLevel = blockLevel;
    ClassCues.Reading reading = ClassCues.read(element);
    this.cue = reading.cue();
    this.positive = reading.positive();
  }

  double linkDensity() {
    return textChars == 0 ? 0 : (double) linkChars / textChars;
  }

  boolean isInside(ElementFrame ancestor) {
    for (ElementFrame f = this; f != null; f = f.parent) {
      if (f == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** A short cue such as {@code div.text#corps}, for block paths. */
  String label() {
    StringBuilder out = new StringBuilder(tag);
    String className = element.className().strip();
    if (!className.isEmpty()) {
      int space = className.indexOf(' ');
      String first = space < 0 ? className : className.substring(0, space);
      out.append('.').append(first, 0, Math.min(first.length(), 40));
    }
    String id = element.id().strip();
    if (!id.isEmpty()) {
      out.append('#').append(id, 0, Math.min(id.length(), 40));
    }
    return out.toString();
  }
}
