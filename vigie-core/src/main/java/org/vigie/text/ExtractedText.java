package org.vigie.text;

import java.util.Objects;
import org.vigie.model.Cleaning;
import org.vigie.model.Dateline;
import org.vigie.pipeline.Layer;

/**
 * The extraction layer: the article's one cleaned {@code text}, the metadata found around it, what
 * cleaning did, and the map from text offsets back to the raw input as read.
 */
public record ExtractedText(
    String text,
    String title,
    String published,
    String author,
    String outlet,
    String url,
    Dateline dateline,
    Cleaning cleaning,
    OffsetMap toRaw) {
  public static final Layer<ExtractedText> LAYER = new Layer<>("text", ExtractedText.class);

  public ExtractedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(cleaning, "cleaning");
    Objects.requireNonNull(toRaw, "toRaw");
    if (toRaw.length() != text.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + toRaw.length() + " chars, text has " + text.length());
    }
  }
}
