package org.vigie.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Tells text from binary by the bytes of a document's head. UTF-16 without a byte-order mark is
 * text (every other byte zero for Latin script: the zeros' parity gives the byte order); a few
 * isolated NUL bytes in a text (a scraper's slip) are text with stray NULs, dropped with a
 * diagnostic; runs of NULs, or many control bytes (executables, images, random bytes), are binary.
 * Stateless and thread-safe.
 */
final class BinarySniffer {
  static final int PROBE = 8192;

  /** At most one NUL in this many probed bytes, none adjacent, is "a few stray NULs". */
  private static final int BYTES_PER_STRAY_NUL = 100;

  /** More control bytes than one in this many is binary, whatever the NULs. */
  private static final int BYTES_PER_CONTROL = 20;

  private BinarySniffer() {}

  /** What the head of a document is. */
  enum Verdict {
    TEXT,
    STRAY_NULS,
    BINARY
  }

  static Verdict sniff(byte[] bytes) {
    if (utf16ByPattern(bytes) != null || hasUtf16Bom(bytes)) {
      return Verdict.TEXT;
    }
    int n = Math.min(bytes.length, PROBE);
    int nuls = 0;
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nuls++;
        if (i > 0 && bytes[i - 1] == 0) {
          return Verdict.BINARY; // a run of NULs: a binary structure, not a slip
        }
      } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    if ((long) (nuls + controls) * BYTES_PER_CONTROL > n) {
      return Verdict.BINARY;
    }
    if (nuls == 0) {
      return Verdict.TEXT;
    }
    // A short text may hold a few (up to ten) stray NULs; a longer one one in a hundred bytes.
    return (long) nuls * BYTES_PER_STRAY_NUL <= Math.max(n, 10 * BYTES_PER_STRAY_NUL)
        ? Verdict.STRAY_NULS
        : Verdict.BINARY;
  }

  /**
   * UTF-16 recognised by its zeros: in Latin-script text one byte of each pair is zero, the high
   * one, at odd offsets in little-endian and even offsets in big-endian. {@code null} when the
   * pattern is absent.
   */
  static Charset utf16ByPattern(byte[] bytes) {
    int n = Math.min(bytes.length, PROBE) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 6 && evenZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 6 && oddZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
            || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
  }

  /** The bytes without their NULs. */
  static byte[] withoutNuls(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    int k = 0;
    for (byte b : bytes) {
      if (b != 0) {
        out[k++] = b;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }
}
