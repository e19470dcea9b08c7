package org.vigie.text;

/**
 * What a page says about itself outside its body text: meta tags, JSON-LD, {@code <time>}, bylines.
 * Values are as the page writes them (dates not yet normalised); any may be null. Plain text has
 * none of these ({@link #NONE}); its header lines are read by the boilerplate stage.
 */
public record PageMetadata(
    String title,
    String published,
    String modified,
    String author,
    String outlet,
    String url,
    String language) {
  public static final PageMetadata NONE =
      new PageMetadata(null, null, null, null, null, null, null);
}
