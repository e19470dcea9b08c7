package org.vigie.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.eval.entities.EntityChecks.GeoOutcome;
import org.vigie.eval.entities.EntityChecks.GeoStatus;
import org.vigie.eval.entities.EntityChecks.NameStatus;
import org.vigie.eval.entities.SeedGold.GoldMention;
import org.vigie.eval.entities.SeedGold.GoldPlace;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Geo;

/** The targeted checks: names, titles, ministries and geocoding, on small French articles. */
class EntityChecksTest {
  private static final EntityType PER = EntityType.PERSON;
  private static final EntityType ORG = EntityType.ORGANIZATION;
  private static final EntityType LOC = EntityType.LOCATION;

  private static Entity entity(String text, EntityType type, String canonical, Geo geo) {
    return new Entity(0, text.length(), text, type, canonical, geo);
  }

  private static Entity entity(String text, EntityType type) {
    return entity(text, type, text, null);
  }

  @ParameterizedTest(name = "[{index}] «{0}» titled: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "M. Lavrov|true",
        "Mme Zakharova|true",
        "Madame Adelys Adams|true",
        "Premier ministre Nikol Pashinian|true",
        "porte-parole Maria Zakharova|true",
        "Président Macron|true",
        "Maria Zakharova|false",
        "Sergueï Lavrov|false",
        "Jeanne-Rose Durant|false",
        // "Me" is the lawyer's title; "Mercier" only starts like it.
        "Me Dupond|true",
        "Mercier|false",
      })
  void titleWords(String surface, boolean titled) {
    assertEquals(titled, EntityChecks.hasTitle(surface));
  }

  @Test
  void onlyPersonsAreCheckedForTitles() {
    List<Entity> predicted =
        List.of(
            entity("M. Lavrov", PER),
            entity("Premier ministre", EntityType.MISC),
            entity("Lavrov", PER));
    assertEquals(List.of("M. Lavrov"), EntityChecks.titledPersons(predicted));
  }

  @Test
  void ministriesMustBeOrganizations() {
    List<Mention> mentions =
        List.of(
            new Mention("ministère russe des Affaires étrangères", LOC),
            new Mention("Ministère russe de la Défense", ORG),
            new Mention("ministre russe des Affaires étrangères", LOC));
    EntityChecks.Ministries m = EntityChecks.ministries(mentions);
    assertEquals(2, m.total());
    assertEquals(List.of(mentions.get(0)), m.mistyped());
  }

  @Test
  void namesAreFoundBySurfaceOrCanonicalAndTyped() {
    SeedGold gold =
        new SeedGold(
            "doc",
            List.of(
                new GoldMention("Maria Zakharova", PER, null),
                new GoldMention("Zakharova", PER, "Maria Zakharova"),
                new GoldMention("Izvestia", ORG, null),
                new GoldMention("ministère russe des Affaires étrangères", ORG, null),
                new GoldMention("armée russe", ORG, null),
                new GoldMention("Bakou", LOC, null)),
            List.of());
    List<Entity> predicted =
        List.of(
            entity("Mme Zakharova", PER, "Maria Zakharova", null),
            entity("Izvestia", PER),
            entity("Ministère russe des Affaires étrangères", ORG));
    List<EntityChecks.NameOutcome> names = EntityChecks.names(gold, predicted);
    assertEquals(
        List.of(NameStatus.NAMED, NameStatus.MISTYPED, NameStatus.NAMED, NameStatus.MISSED),
        names.stream().map(EntityChecks.NameOutcome::status).toList());
    assertEquals("Izvestia/PERSON", names.get(1).predicted());
  }

  private static final GoldPlace BAKOU = new GoldPlace("Bakou", "city", 40.4093, 49.8671, "AZ");
  private static final GoldPlace PARUKH = new GoldPlace("Parukh", "village", 39.94, 46.92, "AZ");

  private static GeoOutcome geo(GoldPlace place, List<Entity> predicted) {
    SeedGold gold =
        new SeedGold(
            "doc",
            List.of(
                new GoldMention(place.name(), LOC, null), new GoldMention("Baku", LOC, "Bakou")),
            List.of(place));
    return EntityChecks.geo(gold, predicted).get(0);
  }

  @Test
  void aPointWithin50KmIsRight() {
    GeoOutcome g =
        geo(BAKOU, List.of(entity("Bakou", LOC, "Bakou", new Geo(40.38, 49.89, "AZ", 587084L))));
    assertEquals(GeoStatus.OK, g.status());
    assertTrue(g.km() < 5, g.toString());
    assertTrue(g.passes());
  }

  @Test
  void anotherSurfaceOfThePlaceCounts() {
    GeoOutcome g =
        geo(BAKOU, List.of(entity("Baku", LOC, "Baku", new Geo(40.4, 49.9, "AZ", null))));
    assertEquals(GeoStatus.OK, g.status());
  }

  @Test
  void oneMentionPlacedFarMakesThePlaceWrong() {
    GeoOutcome g =
        geo(
            BAKOU,
            List.of(
                entity("Bakou", LOC, "Bakou", new Geo(40.4, 49.9, "AZ", null)),
                entity("Bakou", LOC, "Bakou", new Geo(48.85, 2.35, "FR", null))));
    assertEquals(GeoStatus.WRONG, g.status());
    assertFalse(g.passes());
  }

  @Test
  void aVillageMayStayUnresolvedButNeverBePlacedWrong() {
    assertEquals(GeoStatus.NOT_FOUND, geo(PARUKH, List.of()).status());
    assertFalse(geo(PARUKH, List.of()).passes());
    GeoOutcome unresolved = geo(PARUKH, List.of(entity("Parukh", LOC)));
    assertEquals(GeoStatus.UNRESOLVED, unresolved.status());
    assertTrue(unresolved.passes());
    GeoOutcome elsewhere =
        geo(PARUKH, List.of(entity("Parukh", LOC, "Parukh", new Geo(34.0, 71.5, "PK", null))));
    assertEquals(GeoStatus.WRONG, elsewhere.status());
    assertFalse(elsewhere.passes());
  }

  @Test
  void aCityLeftUnresolvedFails() {
    GeoOutcome g = geo(BAKOU, List.of(entity("Bakou", LOC)));
    assertEquals(GeoStatus.UNRESOLVED, g.status());
    assertFalse(g.passes());
  }

  @Test
  void countriesAreCheckedByCountryCode() {
    GoldPlace armenia = new GoldPlace("Arménie", "country", null, null, "AM");
    assertEquals(
        GeoStatus.OK,
        geo(armenia, List.of(entity("Arménie", LOC, "Arménie", new Geo(40, 45, "AM", null))))
            .status());
    assertEquals(
        GeoStatus.WRONG,
        geo(armenia, List.of(entity("Arménie", LOC, "Arménie", new Geo(4.5, -75.7, "CO", null))))
            .status());
  }
}
