package org.vigie.linguistic;

import java.util.List;
import org.vigie.pipeline.Layer;

/**
 * The parse layer: arcs for the sentences that were parsed, in article-wide token indices ({@code
 * head} -1 for a root). Parsing is selective, so {@code parsedSentences} says which were.
 */
public record Syntax(List<Integer> parsedSentences, List<Dependency> arcs) {
  public static final Layer<Syntax> LAYER = new Layer<>("syntax", Syntax.class);

  public Syntax {
    parsedSentences = List.copyOf(parsedSentences);
    arcs = List.copyOf(arcs);
  }
}
