package org.vigie.text;

/** What kind of unit of page text a {@link Block} is. */
public enum BlockType {
  /** A line of plain text (the page lost its markup; a line may be a paragraph or a title). */
  LINE,
  PARAGRAPH,
  HEADING,
  LIST_ITEM,
  QUOTE,
  CAPTION,
  TABLE_CELL,
  PREFORMATTED
}
