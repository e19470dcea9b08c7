/**
 * Linguistic layers: the {@link org.vigie.linguistic.LinguisticBackend} interface (implemented in
 * vigie-nlp over Stanford CoreNLP) and the stages that turn its output into sentences, words,
 * entity mentions and selective dependency parses. Stages are stateless and thread-safe.
 */
package org.vigie.linguistic;
