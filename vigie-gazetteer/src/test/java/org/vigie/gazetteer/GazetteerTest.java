package org.vigie.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Place;
import org.vigie.geo.PlaceChooser;
import org.vigie.geo.PlaceKind;

/** The gazetteer this module's build made, through the same lookup and choice as the pipeline. */
class GazetteerTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.fromClasspath().orElseThrow();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Bakou, AZ, 40.38, 49.89, AZ",
    "Erevan, AM, 40.18, 44.51, AM",
    "Genève, CH, 46.20, 6.15, ''",
    "Washington, US, 38.90, -77.04, ''",
    "New York, US, 40.71, -74.01, ''",
    "Prague, CZ, 50.09, 14.42, ''",
    "Moscou, RU, 55.75, 37.62, RU",
    "Yevlakh, AZ, 40.62, 47.15, AZ",
    "Latchine, AZ, 39.64, 46.55, AZ",
    "Stepanakert, AZ, 39.82, 46.75, AZ",
    "Москва, RU, 55.75, 37.62, ''",
    "Nice, FR, 43.70, 7.27, FR",
    "Tours, FR, 47.39, 0.69, FR",
  })
  void placesOfTheNewsLandWithin50Km(
      String name, String country, double lat, double lon, String context) {
    Set<String> countries = context.isEmpty() ? Set.of() : Set.of(context);
    Place place = PlaceChooser.choose(gazetteer.lookup(name), countries).orElseThrow();
    assertEquals(country, place.country(), place.toString());
    assertTrue(kilometres(place.lat(), place.lon(), lat, lon) < 50, place.toString());
  }

  @Test
  void countriesRegionsAndAdjectivesHaveTheirFrenchNames() {
    Place armenia = PlaceChooser.choose(gazetteer.lookup("l’Arménie"), Set.of()).orElseThrow();
    assertEquals(PlaceKind.COUNTRY, armenia.kind());
    assertEquals("AM", armenia.country());
    Place karabakh = PlaceChooser.choose(gazetteer.lookup("Haut-Karabagh"), Set.of()).orElseThrow();
    assertEquals(PlaceKind.REGION, karabakh.kind());
    assertEquals(Optional.of("AZ"), gazetteer.countryOfAdjective("azerbaïdjanaises"));
    assertEquals(Optional.of("RU"), gazetteer.countryOfAdjective("russe"));
    assertEquals(Optional.empty(), gazetteer.countryOfAdjective("vigoureux"));
  }

  @Test
  void aVillageMissingFromTheGazetteerIsNotPlacedOnANamesakeAbroad() {
    List<Place> candidates = gazetteer.lookup("Parukh");
    Optional<Place> chosen = PlaceChooser.choose(candidates, Set.of("AZ", "AM", "RU"));
    assertTrue(
        chosen.isEmpty() || kilometres(chosen.get().lat(), chosen.get().lon(), 39.86, 46.79) < 50,
        String.valueOf(chosen));
  }

  @Test
  void nonsenseAndEmptyNamesFindNothing() {
    assertTrue(gazetteer.lookup("").isEmpty());
    assertTrue(gazetteer.lookup("« — »").isEmpty());
    assertFalse(gazetteer.contains("Xqzwvlkj"));
    assertTrue(gazetteer.size() > 150_000);
  }

  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.asin(Math.sqrt(a));
  }
}
