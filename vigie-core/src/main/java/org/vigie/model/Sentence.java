package org.vigie.model;

/**
 * A sentence: its span in the text and the half-open range {@code [firstToken, endToken)} of its
 * tokens in the article's token list.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
  public Sentence {
    new Span(start, end);
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad token range " + firstToken + ".." + endToken);
    }
  }
}
