package org.vigie.text;

import java.util.Objects;

/**
 * One unit of page text before cleaning decides whether it is article content: a paragraph, heading
 * or list item of an HTML page, or a line of plain text. Its text is laid out (white space
 * collapsed, no line breaks) and mapped character by character to the raw input.
 *
 * @param text the block's text, never blank
 * @param toRaw map from {@code text} offsets to raw input offsets
 * @param type what kind of block it is
 * @param linkChars how many characters of {@code text} sit inside links (0 for plain text)
 * @param newParagraph whether a paragraph break (a blank line) separates it from the block before
 * @param path where the block sits in the page ("article.post-content > p"), "" for plain text;
 *     class and id cues for classifiers
 */
public record Block(
    String text,
    OffsetMap toRaw,
    BlockType type,
    int linkChars,
    boolean newParagraph,
    String path) {
  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toRaw, "toRaw");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    if (toRaw.length() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + toRaw.length() + " chars, block has " + text.length());
    }
    if (linkChars < 0 || linkChars > text.length()) {
      throw new IllegalArgumentException("linkChars " + linkChars + " outside 0.." + text.length());
    }
  }

  /** Raw offset of the block's first character. */
  public int rawStart() {
    return toRaw.toSource(0);
  }

  /** Raw offset just after the block's last character. */
  public int rawEnd() {
    return toRaw.toSourceEnd(text.length());
  }

  /** Share of the text inside links, 0 to 1. */
  public double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }
}
