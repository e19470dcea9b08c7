package org.vigie.lexicon;

import java.util.List;

/**
 * A French lexicon of inflected word forms: what a form can be (lemma and part-of-speech tag). Core
 * code depends on this interface only; the implementation over LanguageTool's french-pos-dict lives
 * in vigie-nlp. Implementations are immutable and thread-safe.
 */
public interface Lexicon {
  /** The readings of {@code form} as written (the lexicon is case-sensitive), empty if unknown. */
  List<WordForm> analyses(String form);

  /** Whether {@code form} as written is a known word form. */
  default boolean contains(String form) {
    return !analyses(form).isEmpty();
  }

  /** A lexicon that knows no word (single-document fallbacks, tests). */
  Lexicon EMPTY = form -> List.of();
}
