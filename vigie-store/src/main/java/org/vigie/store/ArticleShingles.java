package org.vigie.store;

import java.util.List;
import org.vigie.store.dedup.MinHasher;

/**
 * The shingles near-duplicate detection compares, for the store and for the Spark job alike: the
 * title and text through the index's French chain with stop words kept (so "la trêve" and "une
 * trêve" stay different shingles), at most {@value #MAX_TERMS} terms, hashed {@value
 * MinHasher#SHINGLE} terms at a time. Thread-safe.
 */
public final class ArticleShingles {
  /** Terms read per article: a dispatch's copies differ early, not past its first pages. */
  static final int MAX_TERMS = 20_000;

  private static final FrenchIndexAnalyzer TERMS = new FrenchIndexAnalyzer(false);

  private ArticleShingles() {}

  /** The terms shingled, in text order. */
  public static List<String> terms(String title, String text) {
    return Tokens.of(TERMS, title + "\n" + text, MAX_TERMS);
  }

  /** The shingle hashes ({@link MinHasher#shingles}), or {@code null} for a text too short. */
  public static long[] hashes(String title, String text) {
    return MinHasher.shingles(terms(title, text));
  }
}
