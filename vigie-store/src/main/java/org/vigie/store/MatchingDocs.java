package org.vigie.store;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The documents a query matches, visited segment by segment in document order without scores or a
 * collector: for aggregations that read doc values of every match (days, events). Stateless.
 */
final class MatchingDocs {
  private MatchingDocs() {}

  /** What to do with a segment's matches: a visitor per segment, over its own doc ids. */
  interface PerSegment {
    DocVisitor segment(LeafReaderContext leaf) throws IOException;
  }

  /** What to do with one match, by its doc id within the segment. */
  interface DocVisitor {
    void visit(int doc) throws IOException;
  }

  static void forEach(IndexSearcher searcher, Query query, PerSegment perSegment)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      DocVisitor visitor = perSegment.segment(leaf);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        visitor.visit(doc);
      }
    }
  }
}
