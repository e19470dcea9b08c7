package org.vigie.model;

import java.util.Objects;

/**
 * A syntactic word. {@code word} can differ from the text under the span: a French contraction
 * ("du", "aux") is one surface token split into two words ("de" "le") sharing its span.
 *
 * <p>{@code pos} is a Universal Dependencies tag, {@code ner} the backend's raw entity label or
 * {@code null}. {@code head} is the index of the head word in the article's token list and {@code
 * deprel} the UD relation; both are {@code null} when the sentence was not parsed, and {@code head}
 * is {@code null} for the root.
 */
public record Token(
    int start, int end, String word, String pos, String ner, Integer head, String deprel) {
  public Token {
    new Span(start, end);
    Objects.requireNonNull(word, "word");
  }

  public Token withSyntax(Integer newHead, String newDeprel) {
    return new Token(start, end, word, pos, ner, newHead, newDeprel);
  }
}
