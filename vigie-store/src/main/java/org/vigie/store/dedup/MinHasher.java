package org.vigie.store.dedup;

import java.util.List;

/**
 * MinHash signatures of a text's word shingles. Jaccard similarity of two shingle sets is estimated
 * by the fraction of equal signature slots. Shingles are {@value #SHINGLE} consecutive terms (stop
 * words kept, accents folded, light stems), so a copy whose first line or a few words were changed
 * keeps most of its shingles while two reports of one event in different words share few. Each slot
 * is a different seeded mix of a shingle's 64-bit hash (a family of hash functions without storing
 * permutations). Thread-safe.
 */
public final class MinHasher {
  /** Signature length. */
  public static final int SLOTS = 64;

  /** Words per shingle. */
  public static final int SHINGLE = 4;

  /**
   * Texts with fewer terms than this get no signature (headlines, captions): too little to tell.
   */
  public static final int MIN_TERMS = 12;

  private static final long[] SEEDS = new long[SLOTS];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SLOTS; i++) {
      s = mix(s + 0x632BE59BD9B4E019L);
      SEEDS[i] = s;
    }
  }

  /** The signature of a term sequence, or {@code null} when it is too short to compare. */
  public long[] signature(List<String> terms) {
    long[] shingles = shingles(terms);
    if (shingles == null) {
      return null;
    }
    long[] sig = new long[SLOTS];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long h : shingles) {
      for (int s = 0; s < SLOTS; s++) {
        long v = mix(h ^ SEEDS[s]);
        if (v < sig[s]) {
          sig[s] = v;
        }
      }
    }
    return sig;
  }

  /**
   * The 64-bit hashes of a term sequence's shingles, in text order (repeats kept), or {@code null}
   * when it is too short to compare: the sets the signatures estimate the Jaccard of, for a MinHash
   * implemented elsewhere (the Spark job's) to work on the same shingles.
   */
  public static long[] shingles(List<String> terms) {
    if (terms.size() < MIN_TERMS) {
      return null;
    }
    long[] hashes = new long[terms.size() - SHINGLE + 1];
    for (int i = 0; i < hashes.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < i + SHINGLE; j++) {
        String t = terms.get(j);
        for (int k = 0; k < t.length(); k++) {
          h = (h ^ t.charAt(k)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      hashes[i] = h;
    }
    return hashes;
  }

  /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SLOTS; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SLOTS;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
