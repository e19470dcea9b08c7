package org.vigie.eval.entities;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.EntityType;

/**
 * Micro-averaged mention scores over documents: per type, all types (typed match) and untyped
 * (surface match alone, so a right span with a wrong type counts here but not above). Immutable.
 */
public record MentionScores(Map<EntityType, Counts> byType, Counts typed, Counts untyped) {
  public static final MentionScores EMPTY = new MentionScores(Map.of(), Counts.ZERO, Counts.ZERO);

  public MentionScores {
    byType = Map.copyOf(byType);
  }

  /** These scores plus one document's gold and predicted mentions. */
  public MentionScores plus(List<Mention> gold, List<Mention> predicted) {
    MentionComparison typedMatch = MentionComparison.of(gold, predicted, true);
    Map<EntityType, Counts> types = new EnumMap<>(EntityType.class);
    for (EntityType type : EntityType.values()) {
      types.put(type, of(type).plus(typedMatch.counts(type)));
    }
    return new MentionScores(
        types,
        typed.plus(typedMatch.counts()),
        untyped.plus(MentionComparison.of(gold, predicted, false).counts()));
  }

  public Counts of(EntityType type) {
    return byType.getOrDefault(type, Counts.ZERO);
  }
}
