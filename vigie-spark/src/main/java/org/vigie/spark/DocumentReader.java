package org.vigie.spark;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.vigie.ingest.IngestItem;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;

/**
 * Turns the rows of {@link InputDocuments} into Vigie's ingest items on an executor, through the
 * same code as {@code vigie analyze} (charset detection, format sniffing, ids, JSON Lines fields
 * and limits), so an article reads the same on one machine and on a cluster. A local path is given
 * as the CLI would give it ({@code /dir/a.txt}, not {@code file:/dir/a.txt}). Not thread-safe: one
 * per task.
 */
final class DocumentReader {
  private final InputScanner scanner;
  private final long maxBytes;

  DocumentReader(long maxBytes) {
    this.scanner = new InputScanner(List.of(), new IngestLimits(maxBytes), null);
    this.maxBytes = maxBytes;
  }

  /** The items of one input row: one for a file or a record, one per line for JSON Lines. */
  Iterator<IngestItem> items(Row row) {
    String location = localPath(row.getString(0));
    String kind = row.getString(1);
    byte[] content = row.isNullAt(3) ? null : (byte[]) row.get(3);
    if (content == null) {
      long length = row.isNullAt(2) ? -1 : row.getLong(2);
      return Collections.singletonList((IngestItem) scanner.tooLarge(location, length)).iterator();
    }
    return switch (kind) {
      case InputDocuments.JSONL ->
          scanner.readJsonLines(location, new ByteArrayInputStream(content));
      case InputDocuments.RECORD ->
          // A Parquet cell has no length before it is read: the bound is checked here.
          Collections.singletonList(
                  content.length > maxBytes
                      ? scanner.tooLarge(location, content.length)
                      : scanner.readJsonRecord(location, content))
              .iterator();
      default -> Collections.singletonList(scanner.readFile(location, content)).iterator();
    };
  }

  /** {@code file:/a/b} as {@code /a/b}; other file systems keep their URI. */
  static String localPath(String location) {
    if (location.startsWith("file:///")) {
      return location.substring("file://".length());
    }
    if (location.startsWith("file:/")) {
      return location.substring("file:".length());
    }
    return location;
  }
}
