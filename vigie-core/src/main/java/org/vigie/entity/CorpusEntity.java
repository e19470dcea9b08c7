package org.vigie.entity;

import java.util.List;
import org.vigie.model.EntityType;
import org.vigie.model.Geo;

/**
 * One entity across a corpus: its canonical name, type, every surface form met ({@code variants}),
 * how many articles and mentions, its place, its country, the roles persons were named with, and
 * why mentions were merged ({@code evidence}: one line per merge rule that joined them).
 */
public record CorpusEntity(
    String canonical,
    EntityType type,
    List<String> variants,
    int articles,
    int mentions,
    Geo geo,
    String country,
    List<String> roles,
    List<String> evidence) {
  public CorpusEntity {
    variants = List.copyOf(variants);
    roles = List.copyOf(roles);
    evidence = List.copyOf(evidence);
  }
}
