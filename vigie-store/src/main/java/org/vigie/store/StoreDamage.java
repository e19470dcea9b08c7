package org.vigie.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentReader;

/**
 * What a read of a damaged index becomes: one line naming the store, the damaged article when it is
 * known, the cause, and what to do ({@code vigie check}, then {@code --repair} and a new ingest of
 * the inputs). Lucene verifies checksums only when asked (CheckIndex, merges), so a flipped bit
 * surfaces as whatever decoding the bytes throws.
 */
final class StoreDamage {
  private StoreDamage() {}

  static StoreException of(Path dir, String which, Throwable cause) {
    if (cause instanceof StoreException se && se.getMessage().contains("vigie check")) {
      return se;
    }
    return new StoreException(
        "the store in "
            + dir
            + " is damaged"
            + (which == null ? "" : " at " + which)
            + " ("
            + reason(cause)
            + "); run vigie check --data "
            + dir
            + " to see what is lost, then vigie check --repair --data "
            + dir
            + " and ingest the inputs again to restore it",
        cause);
  }

  /** Whether a runtime failure of a read comes from damaged bytes rather than from a bug. */
  static boolean isDamage(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof CorruptIndexException
          || c instanceof DataFormatException
          || c instanceof IOException) {
        return true;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return false;
  }

  /** The article's place in the index: its segment and document number there. */
  static String where(IndexReader reader, int doc) {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    String segment =
        leaf.reader() instanceof SegmentReader sr
            ? "segment " + sr.getSegmentName()
            : "leaf " + leaf.ord;
    return "the article stored as document " + (doc - leaf.docBase) + " of " + segment;
  }

  private static String reason(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
