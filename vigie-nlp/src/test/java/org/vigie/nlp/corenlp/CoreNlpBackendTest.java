package org.vigie.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.linguistic.Capability;
import org.vigie.linguistic.Dependency;
import org.vigie.linguistic.LinguisticAnalysis;
import org.vigie.model.Token;

class CoreNlpBackendTest {
  private static final CoreNlpBackend BACKEND = new CoreNlpBackend();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'du' is two words sharing its span   | le conflit du Haut-Karabakh | du    | de le",
        "'au' is two words sharing its span   | au Haut-Karabakh            | au    | à le",
        "'des' is two words sharing its span  | la Fédération des Russes    | des   | de les",
        "'aux' is two words sharing its span  | aux ministres               | aux   | à les",
      })
  void contractionsAreSplitIntoWordsThatShareTheSurfaceSpan(
      String rule, String text, String surface, String words) {
    LinguisticAnalysis analysis = BACKEND.analyze(text, "fr");
    List<Token> split =
        analysis.tokens().stream()
            .filter(t -> text.substring(t.start(), t.end()).equals(surface))
            .toList();
    assertEquals(words, split.stream().map(Token::word).collect(Collectors.joining(" ")), rule);
  }

  @Test
  void sentencesWordsPosAndEntitiesOfAFrenchParagraph() {
    String text =
        "Le rôle des casques bleus russes ne peut guère être surestimé, a déclaré Maria"
            + " Zakharova.\nLa trêve tient à Erevan.";
    LinguisticAnalysis a = BACKEND.analyze(text, "fr");
    assertEquals(2, a.sentences().size());
    Token maria = word(a, "Maria");
    assertEquals("PROPN", maria.pos());
    assertTrue(maria.ner().endsWith("PER"), maria.ner());
    assertTrue(word(a, "Erevan").ner().endsWith("LOC"));
    assertEquals("VERB", word(a, "déclaré").pos());
    assertNull(word(a, "trêve").ner());
    for (Token t : a.tokens()) {
      assertTrue(t.end() <= text.length() && t.start() <= t.end());
    }
  }

  @Test
  void aNewlineEndsASentenceEvenWithoutPunctuation() {
    LinguisticAnalysis a = BACKEND.analyze("Bakou / Lagazetteaz\nLa Russie fait des efforts", "fr");
    assertEquals(2, a.sentences().size());
  }

  @Test
  void parsingGivesOneArcPerWordWithASingleRoot() {
    String text = "Comme l'a noté Mme Zakharova, le Président communique régulièrement.";
    List<Token> words = BACKEND.analyze(text, "fr").tokens();
    List<Dependency> arcs = BACKEND.parse(words, "fr");
    assertEquals(words.size(), arcs.size());
    assertEquals(1, arcs.stream().filter(d -> d.head() == -1).count());
    int zakharova = indexOf(words, "Zakharova");
    int noted = indexOf(words, "noté");
    Dependency subject = arcs.get(zakharova);
    assertEquals(zakharova, subject.dependent());
    assertTrue(
        subject.head() == noted || subject.relation().startsWith("flat"),
        "Zakharova attaches to 'noté' or to 'Mme': " + subject);
  }

  @Test
  void otherLanguagesGetTokensAndSentencesOnly() {
    assertEquals(java.util.EnumSet.of(Capability.TOKENIZE), BACKEND.capabilities("en"));
    LinguisticAnalysis a = BACKEND.analyze("The ceasefire held. Talks resume on Monday.", "en");
    assertEquals(2, a.sentences().size());
    assertTrue(a.tokens().stream().allMatch(t -> t.pos() == null && t.ner() == null));
    assertFalse(a.tokens().isEmpty());
  }

  private static Token word(LinguisticAnalysis a, String form) {
    return a.tokens().get(indexOf(a.tokens(), form));
  }

  private static int indexOf(List<Token> words, String form) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).word().equals(form)) {
        return i;
      }
    }
    throw new AssertionError("no word " + form + " in " + words);
  }
}
