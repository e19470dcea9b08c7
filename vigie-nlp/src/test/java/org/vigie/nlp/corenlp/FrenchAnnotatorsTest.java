package org.vigie.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The selective French annotators give what CoreNLP's whole French pipeline gives (tokenize,
 * ssplit, mwt, pos, ner), word for word, while skipping the multi-word tagger and the CRF where
 * they cannot change anything.
 */
class FrenchAnnotatorsTest {
  private static final String TEXT =
      String.join(
          "\n",
          "Le porte-parole Maria Zakharova a annoncé l'arrivée des observateurs à Erevan.",
          "les négociations reprendront bientôt, a-t-on appris de source sûre.",
          "Il a rappelé que des civils avaient été blessés près du marché.",
          "Damas a démenti toute implication dans l'attaque.",
          "Le conflit dure depuis des années et la trêve reste fragile.",
          "Selon l'ONU, les combats ont repris au nord de la ville.");

  @Test
  void wordsTagsAndNamesAreThoseOfTheWholePipeline() {
    FrenchAnnotators selective = new FrenchAnnotators(CoreNlpBackend.frenchProperties());
    long[] before = selective.sentenceCounts();
    List<String> ours = render(selective.annotate(TEXT));
    long[] after = selective.sentenceCounts();

    Annotation whole = new Annotation(TEXT);
    new StanfordCoreNLP(CoreNlpBackend.frenchProperties()).annotate(whole);
    assertEquals(render(whole), ours);

    assertEquals(6, after[0] - before[0], "sentences seen");
    assertEquals(3, after[1] - before[1], "sentences holding 'des' read by the mwt tagger");
    assertEquals(3, after[2] - before[2], "sentences that may hold a name read by the CRF");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a capital after the first word        | le/DET président/NOUN Macron/PROPN     | true",
        "an acronym after the first word       | selon/ADP l'/DET ONU/PROPN            | true",
        "a proper noun first                   | Damas/PROPN a/AUX démenti/VERB        | true",
        "a common noun first may be a name     | Paris/NOUN a/AUX démenti/VERB         | true",
        "a determiner first is the start only  | Le/DET conflit/NOUN dure/VERB         | false",
        "a pronoun first is the start only     | Il/PRON a/AUX rappelé/VERB            | false",
        "a preposition first is the start only | Selon/ADP lui/PRON ,/PUNCT            | false",
        "no capital at all                     | la/DET trêve/NOUN tient/VERB          | false",
      })
  void aSentenceMayHoldANameWhenACapitalIsNotJustItsStart(
      String rule, String words, boolean expected) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : words.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(pair.substring(0, pair.lastIndexOf('/')));
      label.setTag(pair.substring(pair.lastIndexOf('/') + 1));
      tokens.add(label);
    }
    assertEquals(expected, FrenchAnnotators.mayHoldName(tokens), rule);
  }

  /** One line per word: sentence, word, span, tag, NER label. */
  private static List<String> render(Annotation annotation) {
    List<String> lines = new ArrayList<>();
    int s = 0;
    for (var sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        lines.add(
            s
                + " "
                + t.word()
                + " "
                + t.beginPosition()
                + "-"
                + t.endPosition()
                + " "
                + t.tag()
                + " "
                + t.ner()
                + " "
                + t.isMWT());
      }
      s++;
    }
    assertTrue(lines.size() > 50);
    return lines;
  }
}
