package org.vigie.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Normal forms for exact-match fields (speaker, entity, outlet filters) and content hashes. A user
 * types "zakharova" or "Zakharova" or "Zakharová": the filter key folds case, accents and spacing
 * so all three find the same statements.
 */
public final class Keys {
  private Keys() {}

  /** Lower case, no diacritics, single spaces, trimmed. */
  public static String fold(String value) {
    if (value == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** Longest key, in UTF-8 bytes, indexed as is; Lucene refuses terms over 32,766 bytes. */
  static final int MAX_TERM_BYTES = 512;

  /**
   * The indexed form of an identifier (article id, URL): itself when short, else its first 100
   * characters and a hash of the whole, so a 40 KB canonical link cannot stop an ingest with
   * Lucene's "immense term". The original stays in a stored field.
   */
  public static String term(String value) {
    if (value.length() * 3 <= MAX_TERM_BYTES
        || value.getBytes(StandardCharsets.UTF_8).length <= MAX_TERM_BYTES) {
      return value;
    }
    int cut = Character.isHighSurrogate(value.charAt(99)) ? 99 : 100;
    return value.substring(0, cut) + "#" + hash(value);
  }

  /** The first 16 hex digits of the SHA-256 of the text: a content fingerprint. */
  public static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
