package org.vigie.store.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Place;
import org.vigie.store.Keys;

/**
 * The names an entity filter matches, as the entity directory merges mentions: the name as given
 * and, when it names a place of the gazetteer, that place's name, under which the entity layer
 * stores every spelling and exonym of it ("Artsakh", "Haut-Karabagh" and "Nagorno-Karabakh" are all
 * the Haut-Karabakh). Folded as the index keys them. Stateless and thread-safe.
 */
final class EntityNames {
  /** Distinct place names taken from the gazetteer (a common name is many places). */
  static final int MAX_PLACE_NAMES = 8;

  private EntityNames() {}

  static Set<String> folded(String value) {
    Set<String> names = new LinkedHashSet<>();
    names.add(Keys.fold(value));
    Gazetteer gazetteer = Gazetteer.shared().orElse(null);
    if (gazetteer != null && gazetteer.contains(value)) {
      for (Place place : gazetteer.lookup(value)) {
        if (names.size() > MAX_PLACE_NAMES) {
          break;
        }
        names.add(Keys.fold(place.name()));
      }
    }
    return names;
  }
}
