package org.vigie.store.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.vigie.store.Fields;

/**
 * What search hits show of their articles, read from the {@link HitColumn} once per point-in-time
 * view and kept (Solr's document cache): a page-long liveblog matches most queries. Only the first
 * {@link HitSnippets#HIGHLIGHT_CHARS} characters of a text are there, all that a snippet is looked
 * for in. At most {@value #MAX_CHARS} characters in all, least recently used out first; nothing is
 * kept when the caches are off ({@link SearchCache#OFF}). Thread-safe.
 */
final class HitDocuments {
  static final long MAX_CHARS = 8_000_000;

  /** What a hit shows of its article; {@code text} is the text's first characters. */
  record HitDocument(
      String id,
      String title,
      String text,
      String published,
      String outlet,
      String story,
      String duplicateOf) {
    long chars() {
      return text.length() + (title == null ? 0 : title.length()) + 64;
    }
  }

  private final Map<Integer, HitDocument> docs = new LinkedHashMap<>(256, 0.75f, true);
  private long chars;

  /**
   * The documents {@code wanted} of the view {@code reader}, in that order. Those not cached are
   * read in document order with one column iterator per segment: opening a doc values iterator
   * costs more than reading a value, and a page's hits are mostly in one segment. The docs are
   * distinct (a page of top hits).
   */
  HitDocument[] get(IndexReader reader, int[] wanted) throws IOException {
    HitDocument[] found = new HitDocument[wanted.length];
    Integer[] missing = new Integer[wanted.length];
    int n = 0;
    for (int i = 0; i < wanted.length; i++) {
      found[i] = cached(wanted[i]);
      if (found[i] == null) {
        missing[n++] = i;
      }
    }
    Integer[] order = java.util.Arrays.copyOf(missing, n);
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> wanted[i]));
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues column = null;
    for (int i : order) {
      int doc = wanted[i];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        column = DocValues.getBinary(leaf.reader(), Fields.HIT);
      }
      if (!column.advanceExact(doc - leaf.docBase)) {
        throw new IllegalStateException("article " + doc + " has no hit column value");
      }
      found[i] = keep(doc, HitColumn.read(column.binaryValue()));
    }
    return found;
  }

  private HitDocument cached(int doc) {
    if (!SearchCache.ENABLED) {
      return null;
    }
    synchronized (docs) {
      return docs.get(doc);
    }
  }

  private HitDocument keep(int doc, HitDocument hit) {
    if (!SearchCache.ENABLED) {
      return hit;
    }
    synchronized (docs) {
      if (docs.put(doc, hit) == null) {
        chars += hit.chars();
      }
      var eldest = docs.entrySet().iterator();
      while (chars > MAX_CHARS && eldest.hasNext()) {
        chars -= eldest.next().getValue().chars();
        eldest.remove();
      }
    }
    return hit;
  }
}
