package org.vigie.time;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the recogniser's patterns can match at a position, from the two characters there, learnt
 * from the patterns themselves. A match attempt on two characters alone that fails without reaching
 * their end ({@link Matcher#hitEnd}) cannot succeed on any text that starts with them, so the
 * pattern need not be tried there. Trying each pattern only where it can begin, instead of at every
 * position of the text, gives the same matches at a fraction of the cost: most word starts of a
 * French text ("la", "de", "et") begin no time expression of a given kind.
 *
 * <p>Only characters below {@link #ALPHABET} (the Latin scripts) are learnt; every pattern is tried
 * where a character beyond it stands, so the gate never hides a match. What a pair of characters
 * allows is learnt on first use (one short attempt per pattern) and stored in atomic arrays; a race
 * only learns the same answer twice, so the gate is thread-safe. At most 63 patterns.
 */
final class StartGate {
  /** Characters learnt; beyond, every pattern is tried. */
  static final int ALPHABET = 0x250;

  /** Marks a learnt mask, so that a mask allowing no pattern is told from one not learnt yet. */
  private static final long LEARNT = Long.MIN_VALUE;

  private final List<Pattern> patterns;
  private final long all;

  /** Per first character, the mask when no learnt second character follows. */
  private final AtomicLongArray firstOnly = new AtomicLongArray(ALPHABET);

  /** Per first character, the mask for each second character; rows made on first use. */
  private final AtomicReferenceArray<AtomicLongArray> pairs = new AtomicReferenceArray<>(ALPHABET);

  StartGate(List<Pattern> patterns) {
    if (patterns.size() > 63) {
      throw new IllegalArgumentException("at most 63 patterns: " + patterns.size());
    }
    this.patterns = List.copyOf(patterns);
    this.all = patterns.size() == 63 ? Long.MAX_VALUE : (1L << patterns.size()) - 1;
  }

  /**
   * The patterns (bit {@code i} for the {@code i}-th) that may match at {@code at} in {@code text};
   * a pattern whose bit is clear cannot.
   */
  long mask(CharSequence text, int at) {
    char c1 = text.charAt(at);
    if (c1 >= ALPHABET) {
      return all;
    }
    char c2 = at + 1 < text.length() ? text.charAt(at + 1) : Character.MAX_VALUE;
    if (c2 >= ALPHABET) {
      return learnt(firstOnly, c1, String.valueOf(c1));
    }
    AtomicLongArray row = pairs.get(c1);
    if (row == null) {
      pairs.compareAndSet(c1, null, new AtomicLongArray(ALPHABET));
      row = pairs.get(c1);
    }
    return learnt(row, c2, String.valueOf(c1) + c2);
  }

  private long learnt(AtomicLongArray masks, int index, String prefix) {
    long known = masks.get(index);
    if (known == 0) {
      long mask = 0;
      for (int i = 0; i < patterns.size(); i++) {
        if (canBegin(patterns.get(i), prefix)) {
          mask |= 1L << i;
        }
      }
      known = mask | LEARNT;
      masks.set(index, known);
    }
    return known & ~LEARNT;
  }

  /**
   * Whether a match of {@code pattern} can begin with {@code prefix}: it matches the prefix, or the
   * attempt ran into its end. A space before it satisfies the patterns' leading "no letter or digit
   * before".
   */
  private static boolean canBegin(Pattern pattern, String prefix) {
    Matcher m = pattern.matcher(" " + prefix);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(1, prefix.length() + 1);
    return m.lookingAt() || m.hitEnd();
  }
}
