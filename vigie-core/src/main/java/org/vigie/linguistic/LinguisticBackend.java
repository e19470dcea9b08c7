package org.vigie.linguistic;

import java.util.List;
import java.util.Set;
import org.vigie.model.Token;

/**
 * The linguistic backend behind an interface of ours, so that the engine never sees a library's
 * types (the implementation wraps Stanford CoreNLP). Implementations load models lazily, once per
 * JVM, and are thread-safe: one instance serves every thread.
 */
public interface LinguisticBackend {
  /** What this backend can do for a language (ISO 639-1 code); empty when nothing. */
  Set<Capability> capabilities(String language);

  /**
   * Splits {@code text} into sentences and words with POS tags and NER labels, as far as {@link
   * #capabilities} allows for the language. Token spans are offsets into {@code text}.
   */
  LinguisticAnalysis analyze(String text, String language);

  /**
   * Parses one sentence given as its words (with POS tags): one arc per word, in order. Requires
   * {@link Capability#PARSE} for the language.
   */
  List<Dependency> parse(List<Token> words, String language);
}
