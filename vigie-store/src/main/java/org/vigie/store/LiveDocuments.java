package org.vigie.store;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Every live document of an index with the stored fields asked for, segment by segment: the one
 * walk shared by the ingest memory's replay, the story listing and the outlets' naming choices.
 * Deleted documents (replaced articles) are skipped.
 */
public final class LiveDocuments {
  /** What is done with each live document: its index-wide id and its requested fields. */
  @FunctionalInterface
  public interface Visitor {
    void visit(int docId, Document doc) throws IOException;
  }

  private LiveDocuments() {}

  /** Visits every live document of {@code reader} in index order. */
  public static void forEach(IndexReader reader, Set<String> fields, Visitor visitor)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live == null || live.get(d)) {
          visitor.visit(leaf.docBase + d, stored.document(d, fields));
        }
      }
    }
  }
}
