/** Stanford CoreNLP behind {@link org.vigie.linguistic.LinguisticBackend}. Thread-safe. */
package org.vigie.nlp.corenlp;
