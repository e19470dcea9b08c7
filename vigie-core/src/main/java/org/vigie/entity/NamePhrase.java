package org.vigie.entity;

/**
 * An institution's name or a person's role found in a sentence: words {@code from} (the head) to
 * {@code to} (exclusive), and the country an adjective or complement ties it to, or {@code null}.
 */
record NamePhrase(int from, int to, Kind kind, String country) {
  enum Kind {
    INSTITUTION,
    ROLE
  }
}
