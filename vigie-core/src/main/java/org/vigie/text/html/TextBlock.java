package org.vigie.text.html;

import org.vigie.text.BlockType;
import org.vigie.text.OffsetMap;

/**
 * One block of page text as segmentation cut it: laid-out text with its raw map, the element that
 * holds it and that element's ancestors (through {@link ElementFrame#parent}), and the features
 * content selection judges it by. {@link #dropReason} is null while the block is kept. Mutable,
 * confined to one read.
 */
final class TextBlock {
  /** jusText's classes: running text, text-like but short, short, and not text. */
  enum Quality {
    GOOD,
    NEAR_GOOD,
    SHORT,
    BAD
  }

  final int index;
  final String text;
  final OffsetMap toRaw;
  final int linkChars;
  final ElementFrame owner;
  final BlockType type;
  final boolean newParagraph;
  final FrenchText.Stats stats;
  final Quality quality;
  final boolean sentence;

  String dropReason;

  TextBlock(
      int index,
      String text,
      OffsetMap toRaw,
      int linkChars,
      ElementFrame owner,
      BlockType type,
      boolean newParagraph) {
    this.index = index;
    this.text = text;
    this.toRaw = toRaw;
    this.linkChars = linkChars;
    this.owner = owner;
    this.type = type;
    this.newParagraph = newParagraph;
    this.stats = FrenchText.stats(text);
    this.sentence = FrenchText.endsSentence(text) && stats.words() >= 4 && !truncated(text);
    this.quality = classify();
  }

  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  int rawStart() {
    return toRaw.toSource(0);
  }

  int rawEnd() {
    return toRaw.toSourceEnd(text.length());
  }

  boolean isHeading() {
    return type == BlockType.HEADING;
  }

  /**
   * jusText's classification with thresholds for our shorter stop list: links make a block bad;
   * length and function-word density make it good; short sentences are near-good.
   */
  private Quality classify() {
    double stop = stats.stopDensity();
    if (linkDensity() > 0.35) {
      return Quality.BAD;
    }
    if (truncated(text)) {
      return Quality.SHORT;
    }
    int length = text.length();
    if (length >= 150 && stop >= 0.22) {
      return Quality.GOOD;
    }
    if (length >= 400 && stop >= 0.12) {
      return Quality.GOOD;
    }
    if (length >= 60 && stop >= 0.18) {
      return Quality.NEAR_GOOD;
    }
    if (sentence && stats.words() >= 6 && stop >= 0.15) {
      return Quality.NEAR_GOOD;
    }
    return length < 60 ? Quality.SHORT : Quality.BAD;
  }

  /**
   * A teaser's excerpt, cut by the site: short and ending in an ellipsis glued to a word ("ses
   * ric…"). Such a block can stay between paragraphs but does not anchor the article's edges.
   */
  static boolean truncated(String text) {
    if (text.length() > 350) {
      return false;
    }
    int end = text.length();
    if (text.endsWith("…")) {
      end -= 1;
    } else if (text.endsWith("...")) {
      end -= 3;
    } else if (text.endsWith("[…]") || text.endsWith("[...]") || text.endsWith("(…)")) {
      return true;
    } else {
      return false;
    }
    return end > 0 && Character.isLetter(text.charAt(end - 1));
  }

  boolean isTextLike() {
    return quality == Quality.GOOD || quality == Quality.NEAR_GOOD;
  }
}
