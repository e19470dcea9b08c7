package org.vigie.quote;

import java.util.List;
import org.vigie.model.Quote;
import org.vigie.pipeline.Layer;

/** The quote layer: an article's statements with cues and speakers, sorted by span. */
public record Quotations(List<Quote> quotes) {
  public static final Layer<Quotations> LAYER = new Layer<>("quotes", Quotations.class);

  public Quotations {
    quotes = List.copyOf(quotes);
  }
}
