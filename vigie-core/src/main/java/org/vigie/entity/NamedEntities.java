package org.vigie.entity;

import java.util.List;
import org.vigie.model.Entity;
import org.vigie.pipeline.Layer;

/** The article's corrected entity mentions, with canonical names, roles and places. */
public record NamedEntities(List<Entity> mentions) {
  public static final Layer<NamedEntities> LAYER =
      new Layer<>("named-entities", NamedEntities.class);

  public NamedEntities {
    mentions = List.copyOf(mentions);
  }
}
