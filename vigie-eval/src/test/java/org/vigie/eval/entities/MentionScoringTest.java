package org.vigie.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.EntityType;

/**
 * The mention scorer: normalization, multiset matching, micro sums, and the distance used by geo.
 */
class MentionScoringTest {
  private static final EntityType PER = EntityType.PERSON;
  private static final EntityType ORG = EntityType.ORGANIZATION;
  private static final EntityType LOC = EntityType.LOCATION;

  @ParameterizedTest(name = "[{index}] «{0}» → «{1}»")
  @CsvSource(
      delimiter = '|',
      value = {
        "l’Arménie|l'Arménie",
        "  Maria\u00A0Zakharova |Maria Zakharova",
        "Groupe de\t Minsk|Groupe de Minsk",
        "ministère russe des Affaires\u202Fétrangères|ministère russe des Affaires étrangères",
        // Case and trailing punctuation are part of the span a tagger produced.
        "Haut-Karabagh»|Haut-Karabagh»",
        "arménie|arménie",
      })
  void surfacesAreComparedAfterNormalization(String surface, String expected) {
    assertEquals(expected, Mention.normalize(surface));
  }

  @Test
  void typographicAndStraightApostrophesMatch() {
    List<Mention> gold = List.of(new Mention("Déclaration d’Alma-Ata", EntityType.MISC));
    List<Mention> predicted = List.of(new Mention("Déclaration d'Alma-Ata", EntityType.MISC));
    assertEquals(new Counts(1, 0, 0), MentionComparison.of(gold, predicted, true).counts());
  }

  @Test
  void repeatedMentionsMatchAsAMultiset() {
    List<Mention> gold =
        List.of(
            new Mention("Arménie", LOC), new Mention("Bakou", LOC), new Mention("Arménie", LOC));
    List<Mention> predicted =
        List.of(
            new Mention("Arménie", LOC), new Mention("Arménie", LOC), new Mention("Arménie", LOC));
    MentionComparison c = MentionComparison.of(gold, predicted, true);
    assertEquals(new Counts(2, 1, 1), c.counts());
    assertEquals(List.of(new Mention("Bakou", LOC)), c.missed());
    assertEquals(List.of(new Mention("Arménie", LOC)), c.spurious());
  }

  @Test
  void aWrongTypeIsBothAMissAndASpuriousMentionButMatchesUntyped() {
    List<Mention> gold = List.of(new Mention("ministère russe des Affaires étrangères", ORG));
    List<Mention> predicted = List.of(new Mention("ministère russe des Affaires étrangères", LOC));
    MentionScores scores = MentionScores.EMPTY.plus(gold, predicted);
    assertEquals(new Counts(0, 0, 1), scores.of(ORG));
    assertEquals(new Counts(0, 1, 0), scores.of(LOC));
    assertEquals(new Counts(0, 1, 1), scores.typed());
    assertEquals(new Counts(1, 0, 0), scores.untyped());
  }

  @Test
  void aSpanWithATitleDoesNotMatchTheName() {
    List<Mention> gold = List.of(new Mention("Zakharova", PER));
    List<Mention> predicted = List.of(new Mention("Mme Zakharova", PER));
    assertEquals(new Counts(0, 1, 1), MentionComparison.of(gold, predicted, false).counts());
  }

  @Test
  void documentsAreSummedBeforeTheRatios() {
    MentionScores scores =
        MentionScores.EMPTY
            .plus(List.of(new Mention("Bakou", LOC)), List.of(new Mention("Bakou", LOC)))
            .plus(
                List.of(new Mention("Erevan", LOC), new Mention("Prague", LOC)),
                List.of(new Mention("Prague", LOC), new Mention("Moscou", LOC)));
    Counts loc = scores.of(LOC);
    assertEquals(new Counts(2, 1, 1), loc);
    assertEquals(2.0 / 3, loc.precision(), 1e-9);
    assertEquals(2.0 / 3, loc.recall(), 1e-9);
    assertEquals(2.0 / 3, loc.f1(), 1e-9);
  }

  @Test
  void emptyCountsGiveZeroNotNaN() {
    assertEquals(0, Counts.ZERO.precision());
    assertEquals(0, Counts.ZERO.recall());
    assertEquals(0, Counts.ZERO.f1());
  }

  @ParameterizedTest(name = "[{index}] {0} → {5} km")
  @CsvSource({
    "Bakou–Bakou, 40.4093, 49.8671, 40.4093, 49.8671, 0",
    "Paris–Londres, 48.8566, 2.3522, 51.5074, -0.1278, 343.6",
    "Bakou–Erevan, 40.4093, 49.8671, 40.1792, 44.4991, 455.9",
    "New York–Washington, 40.7128, -74.0060, 38.9072, -77.0369, 327.6",
    "antipodes, 0, 0, 0, 180, 20015.1",
  })
  void haversineDistances(
      String pair, double lat1, double lon1, double lat2, double lon2, double km) {
    assertEquals(km, Haversine.km(lat1, lon1, lat2, lon2), Math.max(0.5, km * 0.002), pair);
  }
}
