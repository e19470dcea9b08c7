package org.vigie.ingest;

/**
 * Bounds on what reading accepts. Input is hostile: a document over {@code maxDocumentBytes} (a
 * file, or one JSON line) fails alone with a one-line reason instead of exhausting memory.
 */
public record IngestLimits(long maxDocumentBytes) {
  public static final IngestLimits DEFAULT = new IngestLimits(16L * 1024 * 1024);

  public IngestLimits {
    if (maxDocumentBytes <= 0 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxDocumentBytes out of range: " + maxDocumentBytes);
    }
  }
}
