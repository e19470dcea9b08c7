package org.vigie.linguistic;

import java.util.Objects;

/**
 * One arc of a dependency parse, in sentence-relative word indices: {@code head} is -1 for the
 * root. {@code relation} is a Universal Dependencies label.
 */
public record Dependency(int dependent, int head, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad arc " + head + " -> " + dependent);
    }
  }
}
