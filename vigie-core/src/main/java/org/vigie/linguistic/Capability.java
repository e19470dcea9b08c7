package org.vigie.linguistic;

/** What a backend can do for a language. */
public enum Capability {
  TOKENIZE,
  POS,
  NER,
  PARSE
}
