package org.vigie.eval.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * The targeted checks on one article, beyond mention counts: are the persons and
 * institutions named and typed right, does a PERSON carry a title, is every "ministère …" an
 * organization, are the places geocoded within {@link #MAX_KM} of the truth. Names are compared
 * without case (an identity, not a span, is checked). Pure functions; thread-safe.
 */
public final class EntityChecks {
  /** The distance under which a geocoded place counts as right. */
  public static final double MAX_KM = 50;

  /**
   * Words that make a PERSON mention a title or role plus a name ("M. Lavrov", "Premier ministre
   * Nikol Pashinian"), compared in lower case: the name alone is the person.
   */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "m.",
          "mm.",
          "mme",
          "mmes",
          "mlle",
          "monsieur",
          "madame",
          "mademoiselle",
          "me",
          "dr",
          "docteur",
          "président",
          "présidente",
          "ministre",
          "premier",
          "première",
          "porte-parole",
          "secrétaire",
          "chef",
          "général",
          "générale",
          "colonel",
          "commandant",
          "capitaine",
          "lieutenant",
          "sergent",
          "maire",
          "ambassadeur",
          "ambassadrice",
          "directeur",
          "directrice",
          "représentant",
          "représentante",
          "sénateur",
          "sénatrice",
          "député",
          "députée",
          "roi",
          "reine",
          "prince",
          "princesse",
          "pape",
          "cheikh",
          "ayatollah",
          "émir",
          "dirigeant",
          "leader",
          "vice-président",
          "vice-présidente",
          "chancelier",
          "chancelière");

  private EntityChecks() {}

  /** What became of one gold person or institution. */
  public enum NameStatus {
    /** A predicted mention of the right type names it. */
    NAMED,
    /** Only predicted mentions of another type name it. */
    MISTYPED,
    /** No predicted mention names it. */
    MISSED
  }

  public record NameOutcome(
      String doc, String canonical, EntityType type, NameStatus status, String predicted) {
    public NameOutcome {
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * Each distinct gold PERSON and ORGANIZATION of the article (by canonical name): named when a
   * predicted mention of the same type has, as surface or canonical, one of the entity's gold
   * surfaces or its canonical name.
   */
  public static List<NameOutcome> names(SeedGold gold, List<Entity> predicted) {
    Map<String, Set<String>> surfaces = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    for (SeedGold.GoldMention m : gold.mentions()) {
      if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String id = m.type() + "\t" + m.canonical();
      types.put(id, m.type());
      Set<String> names = surfaces.computeIfAbsent(id, k -> new HashSet<>());
      names.add(key(m.canonical()));
      names.add(key(m.text()));
    }
    List<NameOutcome> outcomes = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entity : surfaces.entrySet()) {
      EntityType type = types.get(entity.getKey());
      String canonical = entity.getKey().substring(entity.getKey().indexOf('\t') + 1);
      Entity right = null;
      Entity wrong = null;
      for (Entity p : predicted) {
        if (!names(entity.getValue(), p)) {
          continue;
        }
        if (p.type() == type) {
          right = right == null ? p : right;
        } else {
          wrong = wrong == null ? p : wrong;
        }
      }
      NameStatus status =
          right != null
              ? NameStatus.NAMED
              : wrong != null ? NameStatus.MISTYPED : NameStatus.MISSED;
      Entity shown = right != null ? right : wrong;
      outcomes.add(
          new NameOutcome(
              gold.doc(),
              canonical,
              type,
              status,
              shown == null ? null : shown.text() + "/" + shown.type()));
    }
    return outcomes;
  }

  /** The predicted PERSON mentions holding a title or role word, as written. */
  public static List<String> titledPersons(List<Entity> predicted) {
    List<String> titled = new ArrayList<>();
    for (Entity e : predicted) {
      if (e.type() == EntityType.PERSON && hasTitle(e.text())) {
        titled.add(e.text());
      }
    }
    return titled;
  }

  static boolean hasTitle(String surface) {
    for (String word : Mention.normalize(surface).split(" ")) {
      if (TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The "ministère …" mentions among {@code mentions}, and those not typed ORGANIZATION. */
  public record Ministries(int total, List<Mention> mistyped) {
    public static final Ministries NONE = new Ministries(0, List.of());

    public Ministries {
      mistyped = List.copyOf(mistyped);
    }

    public Ministries plus(Ministries other) {
      List<Mention> all = new ArrayList<>(mistyped);
      all.addAll(other.mistyped);
      return new Ministries(total + other.total, all);
    }
  }

  public static Ministries ministries(List<Mention> mentions) {
    int total = 0;
    List<Mention> mistyped = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.text().toLowerCase(Locale.ROOT).startsWith("ministère")) {
        total++;
        if (m.type() != EntityType.ORGANIZATION) {
          mistyped.add(m);
        }
      }
    }
    return new Ministries(total, mistyped);
  }

  /** What became of one gold place. */
  public enum GeoStatus {
    /** Geocoded within {@link #MAX_KM} (points) or in the right country (areas). */
    OK,
    /** Geocoded farther than {@link #MAX_KM}, or in another country. */
    WRONG,
    /** Found as a mention, but no mention of it carries coordinates. */
    UNRESOLVED,
    /** No predicted mention names it. */
    NOT_FOUND
  }

  /**
   * One gold place's outcome; {@code km} is the farthest predicted point from the truth (null when
   * none or for an area), {@code predicted} a short rendering of what was predicted.
   */
  public record GeoOutcome(
      String doc, SeedGold.GoldPlace place, GeoStatus status, Double km, String predicted) {
    public GeoOutcome {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(status, "status");
    }

    /**
     * The target: a point placed right; a village placed right or found and left unresolved
     * (never placed wrong); an area in the right country.
     */
    public boolean passes() {
      return status == GeoStatus.OK || place.village() && status == GeoStatus.UNRESOLVED;
    }
  }

  /**
   * The geocoding of each gold place with coordinates or a country: the predicted mentions whose
   * surface or canonical is one of the place's gold names, and their {@code geo}.
   */
  public static List<GeoOutcome> geo(SeedGold gold, List<Entity> predicted) {
    List<GeoOutcome> outcomes = new ArrayList<>();
    for (SeedGold.GoldPlace place : gold.places()) {
      if (!place.located() && place.country() == null) {
        continue;
      }
      Set<String> names = new HashSet<>();
      names.add(key(place.name()));
      for (SeedGold.GoldMention m : gold.mentions()) {
        if (m.canonical().equals(place.name())) {
          names.add(key(m.text()));
        }
      }
      boolean found = false;
      Double worst = null;
      String shown = null;
      boolean wrongCountry = false;
      for (Entity p : predicted) {
        if (!names(names, p)) {
          continue;
        }
        found = true;
        if (p.geo() == null) {
          continue;
        }
        String rendering =
            String.format(
                Locale.ROOT,
                "%s (%.3f, %.3f %s)",
                p.text(),
                p.geo().lat(),
                p.geo().lon(),
                p.geo().country());
        if (place.located()) {
          double km = Haversine.km(place.lat(), place.lon(), p.geo().lat(), p.geo().lon());
          if (worst == null || km > worst) {
            worst = km;
            shown = rendering;
          }
        } else if (!place.country().equalsIgnoreCase(String.valueOf(p.geo().country()))) {
          wrongCountry = true;
          shown = rendering;
        } else if (shown == null) {
          shown = rendering;
        }
      }
      GeoStatus status;
      if (!found) {
        status = GeoStatus.NOT_FOUND;
      } else if (shown == null) {
        status = GeoStatus.UNRESOLVED;
      } else if (place.located()) {
        status = worst > MAX_KM ? GeoStatus.WRONG : GeoStatus.OK;
      } else {
        status = wrongCountry ? GeoStatus.WRONG : GeoStatus.OK;
      }
      outcomes.add(new GeoOutcome(gold.doc(), place, status, worst, shown));
    }
    return outcomes;
  }

  private static boolean names(Set<String> names, Entity p) {
    return names.contains(key(p.text()))
        || p.canonical() != null && names.contains(key(p.canonical()));
  }

  private static String key(String name) {
    return Mention.normalize(name).toLowerCase(Locale.ROOT);
  }
}
