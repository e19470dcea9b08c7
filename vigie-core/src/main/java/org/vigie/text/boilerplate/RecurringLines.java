package org.vigie.text.boilerplate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that recur across the documents of a corpus: the template of each site (menus, paywall
 * notices, footers) repeats on every page of it, the article does not. Learnt from the input itself
 * in a first pass over the corpus, then read by the boilerplate stage. Lines are compared after
 * lower-casing, folding apostrophes and spaces, and turning digit runs into "0" (so "Daté du jeudi
 * 12 novembre" recurs). Immutable and thread-safe once built.
 *
 * <p>A recurring line that reads as prose must recur in more documents than a short one: the same
 * wire dispatch is often reprinted by two or three outlets of a corpus, and its sentences are not
 * boilerplate.
 */
public final class RecurringLines {
  /**
   * Fewest documents a corpus pass must read to be worth using: in a handful of articles a line
   * shared by three of them says nothing about templates.
   */
  public static final int MIN_CORPUS_DOCUMENTS = 10;

  /** Fewest documents a short line must appear in to count as template. */
  public static final int MIN_DOCUMENTS = 3;

  /** Fewest documents a prose line must appear in (wire copy is reprinted a few times). */
  public static final int MIN_DOCUMENTS_PROSE = 6;

  /** Lines longer than this are never template: they would only grow the table. */
  private static final int MAX_LINE_CHARS = 400;

  /** Bound on distinct lines kept while learning (about 100 MB at worst). */
  private static final int MAX_KEYS = 2_000_000;

  /** A subject pronoun, a verb (with its auxiliary) and the colon that opens a quotation. */
  private static final Pattern QUOTE_INTRODUCTION =
      Pattern.compile("(?:Il|Elle|Ils|Elles|On)\\s+(?:(?:a|ont|avait|avaient)\\s+)?\\p{Ll}+\\s*:");

  public static final RecurringLines NONE = new RecurringLines(Map.of(), 0);

  private final Map<Long, Integer> documentsWith;
  private final int documents;

  private RecurringLines(Map<Long, Integer> documentsWith, int documents) {
    this.documentsWith = documentsWith;
    this.documents = documents;
  }

  /** Documents learnt from. */
  public int documents() {
    return documents;
  }

  /** In how many learnt documents the line appears. */
  public int documentsWith(String line) {
    if (documentsWith.isEmpty() || line.length() > MAX_LINE_CHARS) {
      return 0;
    }
    return documentsWith.getOrDefault(key(line), 0);
  }

  /**
   * Whether the line is part of a site template; {@code prose} lines need more evidence. A reported
   * speech's introduction ("Elle ajoute :", "Il a écrit :") is never: it is the writer's own words
   * however many articles use it, while a site's template names things ("Plan du site", "Lire aussi
   * :").
   */
  boolean isTemplate(String line, boolean prose) {
    if (QUOTE_INTRODUCTION.matcher(line.strip()).matches()) {
      return false;
    }
    int seen = documentsWith(line);
    return seen >= (prose ? MIN_DOCUMENTS_PROSE : MIN_DOCUMENTS);
  }

  static long key(String line) {
    String normal = BoilerplateCues.normalise(line);
    long hash = 0xcbf29ce484222325L;
    boolean inDigits = false;
    for (int i = 0; i < normal.length(); i++) {
      char c = normal.charAt(i);
      if (c >= '0' && c <= '9') {
        if (inDigits) {
          continue;
        }
        inDigits = true;
        c = '0';
      } else {
        inDigits = false;
      }
      hash ^= c;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Counts lines document by document. Not thread-safe. */
  public static final class Builder {
    private final Map<Long, Integer> counts = new HashMap<>();
    private int documents;

    /** Adds one document's lines (a line repeated within the document counts once). */
    public Builder addDocument(List<String> lines) {
      documents++;
      for (long key : lineKeys(lines)) {
        if (counts.size() < MAX_KEYS || counts.containsKey(key)) {
          counts.merge(key, 1, Integer::sum);
        }
      }
      return this;
    }

    /** Keeps the lines seen in at least two documents. */
    public RecurringLines build() {
      return fromCounts(counts, documents);
    }
  }

  /**
   * The distinct keys of one document's candidate lines (blank and over-long lines are never
   * template). What a corpus pass counts per document; public so that a distributed pass (Spark)
   * counts exactly what {@link Builder} counts.
   */
  public static Set<Long> lineKeys(List<String> lines) {
    Set<Long> keys = new LinkedHashSet<>();
    for (String line : lines) {
      if (line.length() <= MAX_LINE_CHARS && !line.isBlank()) {
        keys.add(key(line));
      }
    }
    return keys;
  }

  /**
   * The table from per-key document counts ({@link #lineKeys} summed over {@code documents}
   * documents), keeping the lines seen in at least two.
   */
  public static RecurringLines fromCounts(Map<Long, Integer> documentsWith, int documents) {
    Map<Long, Integer> kept = new HashMap<>();
    documentsWith.forEach(
        (key, count) -> {
          if (count >= 2) {
            kept.put(key, count);
          }
        });
    return new RecurringLines(Map.copyOf(kept), documents);
  }
}
