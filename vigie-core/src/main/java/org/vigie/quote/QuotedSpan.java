package org.vigie.quote;

/**
 * A stretch of text between quotation marks: {@code [open, close)} includes the marks, {@code
 * [contentStart, contentEnd)} is what they enclose. {@code closed} is false when no closing mark
 * was found and the quote was ended at its paragraph's end. Nested quotes are inside their
 * enclosing span; only outermost spans are listed.
 */
record QuotedSpan(int open, int close, int contentStart, int contentEnd, boolean closed) {
  boolean contains(int offset) {
    return open <= offset && offset < close;
  }
}
