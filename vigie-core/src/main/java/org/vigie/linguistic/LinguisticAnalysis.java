package org.vigie.linguistic;

import java.util.List;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.pipeline.Layer;

/** The linguistic layer: sentences and their words with POS and raw NER labels, no parse. */
public record LinguisticAnalysis(List<Sentence> sentences, List<Token> tokens) {
  public static final Layer<LinguisticAnalysis> LAYER =
      new Layer<>("linguistic", LinguisticAnalysis.class);

  public static final LinguisticAnalysis EMPTY = new LinguisticAnalysis(List.of(), List.of());

  public LinguisticAnalysis {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }
}
