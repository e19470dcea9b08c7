package org.vigie.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Place;
import org.vigie.geo.PlaceChooser;
import org.vigie.geo.PlaceKind;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Geo;
import org.vigie.names.NameKeys;

/**
 * Article-level resolution of corrected mentions: places geocoded in the context of the countries
 * the article speaks of (its country names, and the country adjectives of its institutions and
 * roles), one canonical name per entity (a person's fullest name ending in the same surname, an
 * institution's fullest name with the same head and words, a country's or region's French name, a
 * town's most frequent spelling in the article), and places named as actors marked. Thread-safe.
 */
final class ArticleEntities {
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "l’");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "de", "d'", "d’", "du", "des", "à", "au", "aux", "en", "dans", "par", "pour", "sur",
          "sous", "vers", "avec", "chez", "contre", "entre", "depuis", "près");
  private final Gazetteer gazetteer;

  ArticleEntities(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Entity> resolve(List<Entity> raw, List<Word> words) {
    List<Entity> mentions = personsTakenForPlaces(raw);
    Map<String, Optional<Place>> places = geocode(mentions);
    Map<Long, Map<String, Integer>> townSpellings = new HashMap<>();
    for (Entity m : mentions) {
      Place place = placeOf(places, m);
      if (place != null && place.geonameId() != 0) {
        townSpellings
            .computeIfAbsent(place.geonameId(), k -> new LinkedHashMap<>())
            .merge(m.text(), 1, Integer::sum);
      }
    }
    Map<Entity, String> fullest = fullestNames(mentions);
    List<Entity> out = new ArrayList<>(mentions.size());
    for (Entity m : mentions) {
      Place place = placeOf(places, m);
      String canonical;
      if (place != null) {
        canonical =
            place.geonameId() == 0
                ? place.name()
                : mostFrequent(townSpellings.get(place.geonameId()));
      } else if (fullest.containsKey(m)) {
        canonical = fullest.get(m);
      } else {
        canonical = m.text();
      }
      boolean location = m.type() == EntityType.LOCATION;
      out.add(
          new Entity(
              m.start(),
              m.end(),
              m.text(),
              m.type(),
              canonical,
              place == null ? null : geo(place),
              m.role(),
              place == null ? countryOf(m, canonical, mentions) : country(place),
              location && actsAsSubject(words, m),
              location && place == null && gazetteer != null));
    }
    return out;
  }

  /**
   * One name, one type in an article: a LOCATION mention that the gazetteer does not know and that
   * the article names as a person elsewhere, in full or by surname ("Mouammar Kadhafi" … "les
   * forces loyales à Kadhafi", where the preposition made the backend read a place), is that
   * person.
   */
  private List<Entity> personsTakenForPlaces(List<Entity> mentions) {
    Set<String> persons = new HashSet<>();
    for (Entity m : mentions) {
      if (m.type() == EntityType.PERSON) {
        persons.add(NameKeys.key(m.text()));
        int space = m.text().lastIndexOf(' ');
        if (space > 0) {
          persons.add(NameKeys.key(m.text().substring(space + 1)));
        }
      }
    }
    if (persons.isEmpty() || gazetteer == null) {
      return mentions;
    }
    List<Entity> out = new ArrayList<>(mentions.size());
    for (Entity m : mentions) {
      boolean person =
          m.type() == EntityType.LOCATION
              && persons.contains(NameKeys.key(m.text()))
              && gazetteer.lookup(m.text()).isEmpty();
      out.add(
          person
              ? new Entity(
                  m.start(),
                  m.end(),
                  m.text(),
                  EntityType.PERSON,
                  m.canonical(),
                  null,
                  m.role(),
                  m.country(),
                  false,
                  false)
              : m);
    }
    return out;
  }

  /** Country names and adjectives first, to give towns their context; then the towns. */
  private Map<String, Optional<Place>> geocode(List<Entity> mentions) {
    Map<String, Optional<Place>> byKey = new HashMap<>();
    if (gazetteer == null) {
      return byKey;
    }
    Set<String> countries = new HashSet<>();
    for (Entity m : mentions) {
      if (m.country() != null) {
        countries.add(m.country());
      }
    }
    // One lookup per distinct name: its candidates give the article's countries, then its place.
    Map<String, List<Place>> candidates = new LinkedHashMap<>();
    for (Entity m : mentions) {
      if (m.type() == EntityType.LOCATION) {
        candidates.computeIfAbsent(NameKeys.key(m.text()), k -> gazetteer.lookup(m.text()));
      }
    }
    for (List<Place> places : candidates.values()) {
      places.stream()
          .filter(p -> p.kind() == PlaceKind.COUNTRY)
          .findFirst()
          .ifPresent(p -> countries.add(p.country()));
    }
    candidates.forEach((key, places) -> byKey.put(key, PlaceChooser.choose(places, countries)));
    return byKey;
  }

  /** An abbreviated institution has the country of its full name ("le ministère" → RU). */
  private static String countryOf(Entity m, String canonical, List<Entity> mentions) {
    if (m.country() != null || canonical.equals(m.text())) {
      return m.country();
    }
    for (Entity other : mentions) {
      if (other.text().equals(canonical) && other.country() != null) {
        return other.country();
      }
    }
    return null;
  }

  private static Place placeOf(Map<String, Optional<Place>> places, Entity m) {
    if (m.type() != EntityType.LOCATION) {
      return null;
    }
    Optional<Place> place = places.get(NameKeys.key(m.text()));
    return place == null ? null : place.orElse(null);
  }

  private static Geo geo(Place place) {
    return new Geo(
        place.lat(),
        place.lon(),
        country(place),
        place.geonameId() == 0 ? null : place.geonameId());
  }

  private static String country(Place place) {
    return "--".equals(place.country()) ? null : place.country();
  }

  private static String mostFrequent(Map<String, Integer> spellings) {
    String best = null;
    int count = 0;
    for (Map.Entry<String, Integer> e : spellings.entrySet()) {
      if (e.getValue() > count) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return best;
  }

  /**
   * For each mention, the longest mention of the same type that it abbreviates: for a person, a
   * name ending in the same words ("Zakharova" → "Maria Zakharova"); for an institution, a name
   * with the same head containing its words in order ("ministère des Affaires étrangères" →
   * "ministère russe des Affaires étrangères"). Candidates are grouped by surname or head, so a
   * list of thousands of names stays linear.
   */
  private static Map<Entity, String> fullestNames(List<Entity> mentions) {
    Map<String, List<Entity>> groups = new HashMap<>();
    Map<Entity, String> keys = new HashMap<>();
    for (Entity m : mentions) {
      String key = NameKeys.key(m.text());
      keys.put(m, key);
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
        groups.computeIfAbsent(group(m, key), g -> new ArrayList<>()).add(m);
      }
    }
    Map<Entity, String> fullest = new HashMap<>();
    for (Entity m : mentions) {
      List<Entity> group = groups.get(group(m, keys.get(m)));
      if (group == null) {
        continue;
      }
      String key = keys.get(m);
      Entity longest = null;
      Entity latestBefore = null;
      for (Entity other : group.subList(0, Math.min(group.size(), 200))) {
        String otherKey = keys.get(other);
        boolean abbreviates =
            otherKey.length() > key.length()
                && (m.type() == EntityType.ORGANIZATION
                    ? inOrder(key, otherKey)
                    : otherKey.endsWith(" " + key));
        if (!abbreviates) {
          continue;
        }
        if (longest == null || otherKey.length() > keys.get(longest).length()) {
          longest = other;
        }
        if (other.start() < m.start()) {
          latestBefore = other;
        }
      }
      // "le ministère russe" after "ministère russe de la Défense" is that ministry, even when
      // the article named a longer one elsewhere.
      Entity fuller = latestBefore != null ? latestBefore : longest;
      String best = fuller == null ? m.text() : fuller.text();
      fullest.put(m, best);
    }
    return fullest;
  }

  private static String group(Entity m, String key) {
    String word =
        m.type() == EntityType.PERSON ? key.substring(key.lastIndexOf(' ') + 1) : firstWord(key);
    return m.type() + " " + word;
  }

  private static String firstWord(String key) {
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  private static boolean inOrder(String shorter, String longer) {
    int at = 0;
    for (String word : shorter.split(" ")) {
      int found = (" " + longer + " ").indexOf(" " + word + " ", at);
      if (found < 0) {
        return false;
      }
      at = found + word.length();
    }
    return true;
  }

  /**
   * "Moscou a déclaré", "La Russie fait des efforts": the next word is a verb, and no preposition
   * governs the place. A place after a preposition is a complement, not the verb's subject: in "les
   * victimes de Tripoli sont enterrées" or "au Caire ont eu lieu", the head of the subject is
   * another word.
   */
  private static boolean actsAsSubject(List<Word> words, Entity m) {
    int after = firstStartingAtOrAfter(words, m.end());
    if (after == words.size()) {
      return false;
    }
    String pos = words.get(after).pos();
    if (!"VERB".equals(pos) && !"AUX".equals(pos)) {
      return false;
    }
    int before = firstStartingAtOrAfter(words, m.start()) - 1;
    // "à la Maison Blanche", "dans le Caucase": look past one article.
    if (before >= 0 && ARTICLES.contains(words.get(before).lower())) {
      before--;
    }
    return before < 0 || !governsAPlace(words.get(before));
  }

  /** A preposition, by its tag or its form: the tagger reads some "de" as a partitive article. */
  private static boolean governsAPlace(Word w) {
    return "ADP".equals(w.pos()) || PREPOSITIONS.contains(w.lower());
  }

  /** The index of the first word starting at or after {@code offset} (binary search). */
  private static int firstStartingAtOrAfter(List<Word> words, int offset) {
    int low = 0;
    int high = words.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (words.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
