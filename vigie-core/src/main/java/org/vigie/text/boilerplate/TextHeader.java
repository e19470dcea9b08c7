package org.vigie.text.boilerplate;

/**
 * What the lines around an article's start say about it: its title, the publication date as
 * written, the dateline ("EREVAN, 26 MARS, ARMENPRESS." → place "EREVAN", date "26 MARS", agency
 * "ARMENPRESS"), the site name and the byline. Any may be null.
 */
public record TextHeader(
    String title,
    String published,
    String datelinePlace,
    String datelineDate,
    String agency,
    String siteName,
    String author) {
  public static final TextHeader NONE = new TextHeader(null, null, null, null, null, null, null);
}
