package org.vigie.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;
import org.vigie.model.Diagnostic;

/**
 * Turns the bytes of a document into text. Order of evidence: a byte-order mark; valid UTF-8 (by
 * far the most common, and unambiguous when it decodes strictly); a charset declared in HTML; then
 * juniversalchardet's statistical detection, which tells Windows-1252 and ISO-8859-1 French pages
 * apart from the rest. Invalid UTF-8 is decoded with replacement characters and reported. Stateless
 * and thread-safe.
 */
public final class CharsetDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern HTML_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  /** Decodes {@code bytes}; {@code html} allows a {@code <meta charset>} declaration to count. */
  public DecodedBytes decode(byte[] bytes, boolean html) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return lenient(bytes, 3, StandardCharsets.UTF_8, diagnostics);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16BE, diagnostics);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return lenient(bytes, 2, StandardCharsets.UTF_16LE, diagnostics);
    }
    Charset utf16 = BinarySniffer.utf16ByPattern(bytes);
    if (utf16 != null) {
      diagnostics.add(
          Diagnostic.info(
              "charset-detected",
              "no byte-order mark; decoded as "
                  + utf16.name().toLowerCase(Locale.ROOT)
                  + " by its pattern of zero bytes"));
      return lenient(bytes, 0, utf16, diagnostics);
    }
    String strictUtf8 = strict(bytes, StandardCharsets.UTF_8);
    if (strictUtf8 != null) {
      return new DecodedBytes(strictUtf8, StandardCharsets.UTF_8, diagnostics);
    }
    if (html) {
      Charset declared = declaredCharset(bytes);
      if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
        return lenient(bytes, 0, declared, diagnostics);
      }
    }
    if (mostlyUtf8(bytes)) {
      // Damaged UTF-8 (a few bad bytes) stays UTF-8: reading it as a single-byte charset would
      // garble every accented letter to save a handful.
      return lenient(bytes, 0, StandardCharsets.UTF_8, diagnostics);
    }
    Charset detected = detect(bytes);
    if (detected == null || detected.equals(StandardCharsets.UTF_8)) {
      // Single-byte Western text that the detector could not place: Windows-1252 maps every byte
      // and is what mislabelled French pages nearly always are.
      detected = WINDOWS_1252;
    }
    diagnostics.add(
        Diagnostic.info(
            "charset-detected",
            "not UTF-8; decoded as " + detected.name().toLowerCase(Locale.ROOT)));
    return lenient(bytes, 0, detected, diagnostics);
  }

  private static DecodedBytes lenient(
      byte[] bytes, int offset, Charset charset, List<Diagnostic> diagnostics) {
    String text = new String(bytes, offset, bytes.length - offset, charset);
    long replaced = text.chars().filter(c -> c == '\uFFFD').count();
    if (replaced > 0) {
      diagnostics.add(
          Diagnostic.warning(
              "invalid-bytes",
              replaced
                  + " byte sequence(s) invalid in "
                  + charset.name().toLowerCase(Locale.ROOT)
                  + " replaced by U+FFFD"));
    }
    return new DecodedBytes(text, charset, diagnostics);
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** True when most non-ASCII bytes form valid UTF-8 sequences: damaged UTF-8, not Latin-1. */
  private static boolean mostlyUtf8(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int need = b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
      boolean ok = need > 0;
      for (int k = 1; ok && k <= need; k++) {
        ok = i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        valid++;
        i += need + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > invalid;
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
    detector.dataEnd();
    return charset(detector.getDetectedCharset());
  }

  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = HTML_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : null;
  }

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name);
      // Pages that say ISO-8859-1 are Windows-1252 in practice (HTML5 treats them so).
      return charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
