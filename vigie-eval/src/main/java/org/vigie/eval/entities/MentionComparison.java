package org.vigie.eval.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gold and predicted mentions of one document matched as multisets: each predicted mention takes
 * one still unmatched gold mention with the same surface (and, when typed, the same type). Two
 * "Arménie" in the gold and three predicted give two matches and one spurious mention.
 */
public record MentionComparison(
    List<Mention> matched, List<Mention> missed, List<Mention> spurious) {
  public MentionComparison {
    matched = List.copyOf(matched);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  /** Typed when {@code typed}; otherwise surfaces alone are compared. Lists keep input order. */
  public static MentionComparison of(List<Mention> gold, List<Mention> predicted, boolean typed) {
    Map<Object, Integer> open = new HashMap<>();
    for (Mention g : gold) {
      open.merge(key(g, typed), 1, Integer::sum);
    }
    List<Mention> matched = new ArrayList<>();
    List<Mention> spurious = new ArrayList<>();
    Map<Object, Integer> taken = new HashMap<>();
    for (Mention p : predicted) {
      Object key = key(p, typed);
      if (open.getOrDefault(key, 0) > 0) {
        open.merge(key, -1, Integer::sum);
        taken.merge(key, 1, Integer::sum);
        matched.add(p);
      } else {
        spurious.add(p);
      }
    }
    // The gold mentions left over, in gold order: the first ones of each key were the matched ones.
    List<Mention> missed = new ArrayList<>();
    for (Mention g : gold) {
      Object key = key(g, typed);
      if (taken.getOrDefault(key, 0) > 0) {
        taken.merge(key, -1, Integer::sum);
      } else {
        missed.add(g);
      }
    }
    return new MentionComparison(matched, missed, spurious);
  }

  /** The counts of one entity type (gold type for misses, predicted type for spurious ones). */
  public Counts counts(org.vigie.model.EntityType type) {
    return new Counts(
        (int) matched.stream().filter(m -> m.type() == type).count(),
        (int) spurious.stream().filter(m -> m.type() == type).count(),
        (int) missed.stream().filter(m -> m.type() == type).count());
  }

  public Counts counts() {
    return new Counts(matched.size(), spurious.size(), missed.size());
  }

  private static Object key(Mention m, boolean typed) {
    return typed ? m : m.text();
  }
}
