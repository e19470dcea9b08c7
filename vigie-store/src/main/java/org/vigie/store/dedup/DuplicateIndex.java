package org.vigie.store.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Banded LSH over MinHash signatures: {@value #BANDS} bands of {@value #ROWS} slots. Two articles
 * become candidates when one band matches (likely from a Jaccard of about 0.5 up), and a candidate
 * is a duplicate when the estimated Jaccard reaches {@link #THRESHOLD}. The original is the
 * first-seen article, so every copy points at the same one and a chain of updates does not drift.
 * Not thread-safe.
 */
public final class DuplicateIndex {
  public static final int BANDS = 16;
  public static final int ROWS = MinHasher.SLOTS / BANDS;

  /** Estimated shingle Jaccard from which two articles are one dispatch. */
  public static final double THRESHOLD = 0.6;

  /** Candidates examined per lookup: a bound on work when thousands of copies share a band. */
  private static final int MAX_CANDIDATES = 256;

  private final Map<Long, List<String>> buckets = new HashMap<>();
  private final Map<String, long[]> signatures = new HashMap<>();
  private final Map<String, String> originals = new HashMap<>();

  /**
   * The first-seen article this signature duplicates, or {@code null}; {@code self} is skipped (an
   * article replaced by a new version is not its own duplicate).
   */
  public String originalOf(long[] signature, String self) {
    if (signature == null) {
      return null;
    }
    Set<String> candidates = new LinkedHashSet<>();
    for (int b = 0; b < BANDS && candidates.size() < MAX_CANDIDATES; b++) {
      List<String> bucket = buckets.get(bandKey(signature, b));
      if (bucket != null) {
        for (int i = 0; i < bucket.size() && candidates.size() < MAX_CANDIDATES; i++) {
          candidates.add(bucket.get(i));
        }
      }
    }
    String best = null;
    double bestScore = THRESHOLD;
    for (String id : candidates) {
      if (id.equals(self)) {
        continue;
      }
      double score = MinHasher.similarity(signature, signatures.get(id));
      if (score >= bestScore) {
        String original = originals.getOrDefault(id, id);
        if (!original.equals(self)) {
          best = original;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /** Records an article; {@code original} is what it duplicates, or {@code null}. */
  public void add(String id, long[] signature, String original) {
    Objects.requireNonNull(id, "id");
    if (signature == null) {
      return;
    }
    if (original != null) {
      originals.put(id, original);
      // Copies are not added to the buckets: the original stands for them, and a bucket of a
      // thousand copies of one dispatch would be read at every lookup.
      return;
    }
    if (signatures.put(id, signature) == null) {
      for (int b = 0; b < BANDS; b++) {
        buckets.computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(2)).add(id);
      }
    }
  }

  public int size() {
    return signatures.size() + originals.size();
  }

  private static long bandKey(long[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      h = (h ^ sig[r]) * 0x100000001b3L;
      h ^= h >>> 29;
    }
    return h;
  }
}
