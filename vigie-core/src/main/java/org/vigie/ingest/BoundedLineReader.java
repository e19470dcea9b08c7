package org.vigie.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as bytes without ever holding more than one bounded line, so a 1 GB
 * JSON Lines file streams and a 5 GB line without a newline cannot exhaust memory. Not thread-safe.
 */
final class BoundedLineReader {
  /** A line, or the fact that it was longer than the bound (its bytes are dropped). */
  record Line(long number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long lineNumber;
  private boolean eof;

  BoundedLineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its terminator, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean overflow = false;
    while (true) {
      if (position == limit) {
        if (eof || !fill()) {
          if (length == 0 && !overflow) {
            return null;
          }
          break;
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int n = position - start;
      length += n;
      if (!overflow && length <= maxBytes) {
        line.write(buffer, start, n);
      } else if (!overflow) {
        overflow = true;
        line = null;
      }
      if (position < limit) {
        position++; // the newline
        break;
      }
    }
    lineNumber++;
    if (overflow) {
      return new Line(lineNumber, null, length);
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      end--;
    }
    return new Line(
        lineNumber, end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end), length);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
