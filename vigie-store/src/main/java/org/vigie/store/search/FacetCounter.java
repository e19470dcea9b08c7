package org.vigie.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;
import org.vigie.store.ArticleDocuments;

/**
 * Facet counts of a search's matches from the facet doc values, with bounded work: up to {@value
 * #SAMPLE} matches every match is counted; above, one match in each run of {@code total / SAMPLE}
 * is drawn (a seeded draw, so a search repeated on the same view gives the same counts) and the
 * counts are scaled back up and flagged approximate, as OpenSearch's sampler aggregation and
 * Lucene's RandomSamplingFacetsCollector do. Counting reads every facet value of every counted
 * match (an article carries up to 64 entities): over 50,000 matches it was a third of a search's
 * CPU, for top-ten lists a sample ranks the same way. The ordinals are built once per view.
 * Thread-safe.
 */
final class FacetCounter {
  /** Matches counted at most; a larger match set is sampled down to about this many. */
  static final int SAMPLE = 5_000;

  /** The draw's seed: fixed, so the same search on the same view counts the same sample. */
  private static final long SEED = 0x5EED_FACE7L;

  /** Facet counts per dimension, and whether they were scaled up from a sample. */
  record Counted(Map<String, List<SearchResult.FacetCount>> facets, boolean approximate) {}

  private final IndexReader reader;
  private final int sample;
  private SortedSetDocValuesReaderState state;
  private boolean stateTried;

  FacetCounter(IndexReader reader) {
    this(reader, SAMPLE);
  }

  /** A counter sampling match sets larger than {@code sample}. */
  FacetCounter(IndexReader reader, int sample) {
    if (sample < 1) {
      throw new IllegalArgumentException("sample must be >= 1: " + sample);
    }
    this.reader = reader;
    this.sample = sample;
  }

  /** The top {@code limit} values of each dimension among {@code hits}. */
  Counted count(FacetsCollector hits, int limit) throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState ordinals = state();
    if (limit == 0 || hits == null || ordinals == null) {
      return new Counted(out, false);
    }
    long total = 0;
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) {
      total += m.totalHits;
    }
    Sampled sampled = total > sample ? sample(hits.getMatchingDocs(), total, sample) : null;
    double scale = sampled == null || sampled.count == 0 ? 1 : (double) total / sampled.count;
    Facets facets =
        new SortedSetDocValuesFacetCounts(ordinals, sampled == null ? hits : sampled.collector);
    for (String dim : ArticleDocuments.FACETS) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      FacetResult result;
      try {
        result = facets.getTopChildren(limit, dim);
      } catch (IllegalArgumentException e) {
        result = null; // no article has this dimension yet
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          long scaled = Math.round(lv.value.intValue() * scale);
          counts.add(new SearchResult.FacetCount(lv.label, (int) Math.min(scaled, total)));
        }
      }
      out.put(dim, counts);
    }
    return new Counted(out, sampled != null);
  }

  /** A sample of the matches and how many it holds. */
  private record Sampled(FacetsCollector collector, long count) {}

  /**
   * One match drawn in each run of {@code ceil(total / size)} consecutive matches (runs go on
   * across segments): every part of the index is represented, unlike a stride, which could keep in
   * step with a periodic document order.
   */
  private static Sampled sample(List<FacetsCollector.MatchingDocs> all, long total, int size)
      throws IOException {
    long run = (total + size - 1) / size;
    Random random = new Random(SEED);
    List<FacetsCollector.MatchingDocs> kept = new ArrayList<>(all.size());
    long position = 0;
    long pick = random.nextInt((int) run);
    long count = 0;
    for (FacetsCollector.MatchingDocs m : all) {
      FixedBitSet bits = new FixedBitSet(m.context.reader().maxDoc());
      int inLeaf = 0;
      DocIdSetIterator docs = m.bits.iterator();
      if (docs != null) {
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          if (position % run == pick) {
            bits.set(d);
            inLeaf++;
          }
          position++;
          if (position % run == 0) {
            pick = random.nextInt((int) run);
          }
        }
      }
      count += inLeaf;
      kept.add(
          new FacetsCollector.MatchingDocs(m.context, new BitDocIdSet(bits, inLeaf), inLeaf, null));
    }
    return new Sampled(new SampledCollector(kept), count);
  }

  /** A collector that has already collected: the sample. */
  private static final class SampledCollector extends FacetsCollector {
    private final List<MatchingDocs> docs;

    SampledCollector(List<MatchingDocs> docs) {
      this.docs = docs;
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
      return docs;
    }
  }

  /** The facet ordinals of this view, built once; null when no article has a facet value. */
  synchronized SortedSetDocValuesReaderState state() throws IOException {
    if (!stateTried) {
      stateTried = true;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, config());
      } catch (IllegalArgumentException e) {
        state = null; // an index with no facet values at all
      }
    }
    return state;
  }

  private static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : ArticleDocuments.FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }
}
