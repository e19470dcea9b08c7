package org.vigie.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.eval.entities.PopcornCorpus.Drop;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;
import org.vigie.model.EntityType;

/** POPCORN's types mapped to ours and its proper-name filter, on a small inline corpus. */
class PopcornCorpusTest {
  /** A lexicon knowing a few common nouns, a preposition and a name that is also a noun. */
  private static final Lexicon LEXICON =
      form ->
          switch (form) {
            case "état", "parlement", "forces", "réserve", "martin", "seine" ->
                List.of(new WordForm(form, form, "N m s"));
            case "Martin" -> List.of(new WordForm(form, form, "Z m s"));
            case "sur" -> List.of(new WordForm(form, form, "P"), new WordForm(form, form, "J m s"));
            default -> List.of();
          };

  private static final String TEXT =
      "À Denver, Madame Adelys Adams a alerté la police. Elle a appelé le FBI. "
          + "L'État a réagi. Martin est venu de New York.";

  private static String json() {
    // Offsets computed from the text, as the corpus gives them.
    return String.format(
        Locale.ROOT,
        """
        {"7_1": {"text": %s, "entities": [
          {"id": 0, "type": "PLACE", "mentions": [%s, %s]},
          {"id": 1, "type": "CIVILIAN", "mentions": [%s, %s]},
          {"id": 2, "type": "NON_MILITARY_GOVERNMENT_ORGANISATION", "mentions": [%s, %s, %s]},
          {"id": 3, "type": "FIRSTNAME", "mentions": [%s]},
          {"id": 4, "type": "MILITARY", "mentions": [%s]},
          {"id": 5, "type": "TERRORIST_OR_CRIMINAL", "mentions": [%s]}
        ]}}
        """,
        quote(TEXT),
        span("Denver"),
        span("New York"),
        span("Adelys Adams"),
        span("Elle"),
        span("police"),
        span("FBI"),
        span("État"),
        span("Adelys"),
        span("Martin"),
        span("Martin"));
  }

  private static String span(String surface) {
    int start = TEXT.indexOf(surface);
    return String.format(
        Locale.ROOT,
        "{\"value\": %s, \"start\": %d, \"end\": %d}",
        quote(surface),
        start,
        start + surface.length());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\\\"") + "\"";
  }

  @Test
  void typesAreMappedAndOnlyProperNamesKept() throws Exception {
    PopcornCorpus.Corpus corpus = PopcornCorpus.parse(new ObjectMapper().readTree(json()), LEXICON);
    assertEquals(1, corpus.documents().size());
    PopcornCorpus.Document doc = corpus.documents().get(0);
    assertEquals("7_1", doc.id());
    assertEquals(
        List.of(
            new Mention("Denver", EntityType.LOCATION),
            new Mention("Adelys Adams", EntityType.PERSON),
            new Mention("FBI", EntityType.ORGANIZATION),
            new Mention("Martin", EntityType.PERSON),
            new Mention("New York", EntityType.LOCATION)),
        doc.gold());
    assertEquals(List.of("Elle", "police", "État"), doc.ignored());
    assertEquals(
        Map.of(EntityType.LOCATION, 2, EntityType.PERSON, 2, EntityType.ORGANIZATION, 1),
        corpus.kept());
    assertEquals(
        Map.of(
            Drop.LOWERCASE, 1, Drop.FUNCTION_WORD, 1, Drop.COMMON_NOUN, 1, Drop.DUPLICATE_SPAN, 1),
        corpus.dropped());
  }

  @Test
  void predictionsOfDroppedMentionsCountNeitherWay() {
    PopcornCorpus.Document doc =
        new PopcornCorpus.Document("d", "L'État et l'État.", List.of(), List.of("État", "Elle"));
    List<Mention> predicted =
        List.of(
            new Mention("État", EntityType.LOCATION),
            new Mention("Denver", EntityType.LOCATION),
            new Mention("État", EntityType.ORGANIZATION));
    assertEquals(
        List.of(
            new Mention("Denver", EntityType.LOCATION),
            new Mention("État", EntityType.ORGANIZATION)),
        doc.scorable(predicted));
  }

  @ParameterizedTest(name = "[{index}] «{0}» {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "KEEP",
      value = {
        "Adelys Adams|PERSON|KEEP",
        "Paris|LOCATION|KEEP",
        "FBI|ORGANIZATION|KEEP",
        "Martin|PERSON|KEEP",
        "Parc de la Fontaine|LOCATION|KEEP",
        "Nations Unies aux Droits de l’Homme|ORGANIZATION|KEEP",
        "Le Lotus Bleu|ORGANIZATION|KEEP",
        "Ministère de l’Intérieur|ORGANIZATION|KEEP",
        // A place written with a capital is a name even when its lower case is a noun (la seine).
        "Seine|LOCATION|KEEP",
        // An acronym is a name even when it spells a noun.
        "FORCES|ORGANIZATION|KEEP",
        "elle|PERSON|LOWERCASE",
        "vieille dame|PERSON|LOWERCASE",
        "Elle|PERSON|FUNCTION_WORD",
        "Ces derniers|PERSON|FUNCTION_WORD",
        "Cette dernière|PERSON|FUNCTION_WORD",
        "Certains|PERSON|FUNCTION_WORD",
        "Sur place|LOCATION|FUNCTION_WORD",
        "Une mère, une idole|ORGANIZATION|FUNCTION_WORD",
        "État|ORGANIZATION|COMMON_NOUN",
        "Parlement|ORGANIZATION|COMMON_NOUN",
        "Forces armées|ORGANIZATION|COMMON_NOUN",
        "Réserve fédérale|ORGANIZATION|COMMON_NOUN",
      })
  void properNameRule(String surface, EntityType type, Drop expected) {
    Drop drop = PopcornCorpus.dropOf(surface, type, LEXICON);
    if (expected == null) {
      assertNull(drop, surface);
    } else {
      assertEquals(expected, drop, surface);
    }
  }
}
