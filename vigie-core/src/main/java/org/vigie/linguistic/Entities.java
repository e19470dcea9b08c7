package org.vigie.linguistic;

import java.util.List;
import org.vigie.model.Entity;
import org.vigie.pipeline.Layer;

/** The entity layer: named entity mentions, sorted by span. */
public record Entities(List<Entity> mentions) {
  public static final Layer<Entities> LAYER = new Layer<>("entities", Entities.class);

  public Entities {
    mentions = List.copyOf(mentions);
  }
}
