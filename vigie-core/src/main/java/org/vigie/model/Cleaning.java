package org.vigie.model;

import java.util.List;

/** What cleaning did to the raw input: removed runs, repairs and flagged damage. */
public record Cleaning(List<Removal> removed, List<Repair> repairs, List<Damage> damage) {
  public static final Cleaning NONE = new Cleaning(List.of(), List.of(), List.of());

  public Cleaning {
    removed = List.copyOf(removed);
    repairs = List.copyOf(repairs);
    damage = List.copyOf(damage);
  }
}
