package org.vigie.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks from a plain-text article: one {@link BlockType#LINE} block per non-blank line, white
 * space collapsed and control characters dropped, each mapped to its raw offsets. A blank line
 * before a line marks a new paragraph. Plain text says nothing about itself, so its metadata is
 * {@link PageMetadata#NONE}; header lines are read later. Thread-safe.
 *
 * <p>Example: {@code "Bakou\r\n\r\n\r\nLa Russie fait"} gives the blocks {@code "Bakou"} and {@code
 * "La Russie fait"} (a new paragraph).
 */
public final class PlainTextReader {
  public PageBlocks read(String raw) {
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    boolean blankBefore = false;
    while (lineStart <= raw.length()) {
      int newline = raw.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? raw.length() : newline;
      TextLayout layout = new TextLayout();
      layout.appendRun(raw, lineStart, lineEnd, i -> i);
      TextLayout.ExtractedLayout line = layout.finish();
      if (line.text().isEmpty()) {
        blankBefore = true;
      } else {
        blocks.add(new Block(line.text(), line.map(), BlockType.LINE, 0, blankBefore, ""));
        blankBefore = false;
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return new PageBlocks(blocks, PageMetadata.NONE, List.of());
  }
}
