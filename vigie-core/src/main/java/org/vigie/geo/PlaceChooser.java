package org.vigie.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses one place among a name's homonyms, as a reader of the article would: a country or a
 * region named so is that country or region; among towns, those in a country the article speaks of
 * come first, then capitals and administrative seats, then the most populous. A small town in a
 * country the article never mentions is not taken: a village missing from the gazetteer must stay
 * unresolved rather than land on a namesake abroad. Stateless.
 */
public final class PlaceChooser {
  /**
   * Below this, a town outside the article's countries is more likely a namesake than the place.
   */
  static final int FOREIGN_TOWN_MIN_POPULATION = 100_000;

  private PlaceChooser() {}

  /**
   * The place meant by a name with these candidates, in an article that speaks of these countries
   * (ISO codes; empty when none is known).
   */
  public static Optional<Place> choose(List<Place> candidates, Set<String> articleCountries) {
    Optional<Place> area =
        candidates.stream()
            .filter(p -> p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.REGION)
            .min(Comparator.comparing(Place::kind));
    if (area.isPresent()) {
      return area;
    }
    Optional<Place> best =
        candidates.stream().max(Comparator.comparingDouble(p -> weight(p, articleCountries)));
    return best.filter(
        p ->
            articleCountries.isEmpty()
                || articleCountries.contains(p.country())
                || p.kind() == PlaceKind.CAPITAL
                || p.population() >= FOREIGN_TOWN_MIN_POPULATION);
  }

  /**
   * Capitals, seats, the article's countries and population on one scale: a capital or a town in
   * the article's countries outweighs a 100× larger town elsewhere.
   */
  private static double weight(Place place, Set<String> articleCountries) {
    double size = Math.log10(place.population() + 10.0);
    if (articleCountries.contains(place.country())) {
      size += 2;
    }
    switch (place.kind()) {
      case CAPITAL:
        return size + 2;
      case ADMIN_SEAT:
        return size + 0.5;
      default:
        return size;
    }
  }
}
