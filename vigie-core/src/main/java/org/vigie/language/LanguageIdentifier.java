package org.vigie.language;

import java.util.Set;

/**
 * Identifies the language of a text among a fixed set of candidates. Implementations are
 * thread-safe and load their models once.
 */
public interface LanguageIdentifier {
  /** The candidate languages, as ISO 639-1 codes. */
  Set<String> candidates();

  /**
   * The most likely language of {@code text} with its confidence in [0, 1], or {@code null} when no
   * candidate is reliable enough.
   */
  DetectedLanguage identify(String text);
}
