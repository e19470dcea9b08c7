package org.vigie.entity;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.Place;
import org.vigie.geo.PlaceKind;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.ResourceLines;
import org.vigie.lexicon.WordForm;
import org.vigie.model.SpeakerType;
import org.vigie.names.NameKeys;
import org.vigie.quote.SpeechLexicon;

/**
 * What the entity rules know of words: institution and role head nouns, titles, the organisations
 * named without a head noun, country names and adjectives (from the gazetteer), and whether a
 * capitalised word is only a verb ("Inscrivez"). Immutable and thread-safe.
 */
final class EntityLexicon {
  /**
   * French gentilés in the plural: -ains, -aines, -aises, -oises, -iens, -iennes, -éens, -ites,
   * -iotes, -ards, and the invariable -ais, -ois ("Français", "Chinois").
   */
  private static final Pattern DEMONYM =
      Pattern.compile(
          "\\p{Lu}\\p{L}+(?:(?:ain|aine|aise|oise|ien|ienne|éen|éenne|ite|iote|ard|arde)s|ais|ois)");

  private static final Set<String> TITLES =
      Set.of(
          "m",
          "mme",
          "mmes",
          "mlle",
          "mm",
          "monsieur",
          "madame",
          "mademoiselle",
          "dr",
          "docteur",
          "me",
          "maître",
          "mgr",
          "pr",
          "professeur",
          "sir",
          "lord",
          "cheikh",
          "général",
          "colonel",
          "capitaine",
          "lieutenant",
          "commandant",
          "maréchal",
          "amiral",
          "sergent");
  private static final Set<String> MEDIA_NOUNS =
      Set.of(
          "journal",
          "quotidien",
          "hebdomadaire",
          "magazine",
          "agence",
          "chaîne",
          "radio",
          "télévision",
          "site",
          "média",
          "médias",
          "journaux",
          "quotidiens");
  private static final Set<String> EQUIPMENT_NOUNS =
      Set.of(
          "drone",
          "drones",
          "missile",
          "missiles",
          "char",
          "chars",
          "avion",
          "avions",
          "hélicoptère",
          "hélicoptères",
          "système",
          "systèmes",
          "lance-roquettes",
          "obusier",
          "obusiers",
          "navire",
          "navires",
          "frégate",
          "frégates",
          "vaccin",
          "opération");

  private final Lexicon lexicon;
  private final SpeechLexicon speech;
  private final Gazetteer gazetteer;
  private final Set<String> institutionHeads;
  private final Set<String> knownOrganizations;

  EntityLexicon(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.speech = new SpeechLexicon(lexicon);
    this.gazetteer = gazetteer;
    this.institutionHeads = lines("institution-heads.txt", false);
    this.knownOrganizations = lines("known-organizations.txt", true);
  }

  /** Whether a word heads an institution's name ("ministère", "Conseil", "forces"). */
  boolean institutionHead(Word word) {
    String lower = word.lower();
    if (institutionHeads.contains(lower)) {
      return true;
    }
    for (WordForm reading : lexicon.analyses(lower)) {
      if (reading.tag().startsWith("N") && institutionHeads.contains(reading.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word heads a person's role ("ministre", "porte-parole", "présidents"). */
  boolean roleHead(Word word) {
    if (word.capitalised() && word.person()) {
      return false;
    }
    SpeakerType type = speech.speakerNoun(word.text());
    return type == SpeakerType.PERSON
        || type == SpeakerType.GROUP && speech.speakerNoun(singular(word)) == SpeakerType.PERSON;
  }

  private String singular(Word word) {
    for (WordForm reading : lexicon.analyses(word.lower())) {
      if (reading.tag().startsWith("N")) {
        return reading.lemma();
      }
    }
    return word.text();
  }

  boolean title(String word) {
    return TITLES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  boolean mediaNoun(String word) {
    return MEDIA_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean equipmentNoun(String word) {
    return EQUIPMENT_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Agencies, media and international bodies the press names bare ("Izvestia", "OSCE"). */
  boolean knownOrganization(String name) {
    return knownOrganizations.contains(NameKeys.key(name));
  }

  /** The country of a lower-case country adjective ("russe" → RU). */
  Optional<String> countryAdjective(Word word) {
    if (gazetteer == null || word.capitalised()) {
      return Optional.empty();
    }
    return gazetteer.countryOfAdjective(word.text());
  }

  /** The country or region this name is, if it is one ("l'Arménie", "Haut-Karabagh"). */
  Optional<Place> area(String name) {
    if (gazetteer == null) {
      return Optional.empty();
    }
    for (Place place : gazetteer.lookup(name)) {
      if (place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION) {
        return Optional.of(place);
      }
    }
    return Optional.empty();
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** A capitalised word the lexicon knows only as a verb: page chrome ("Inscrivez", "Soyez"). */
  boolean verbOnly(String word) {
    if (!lexicon.analyses(word).isEmpty()) {
      return false;
    }
    var readings = lexicon.analyses(word.toLowerCase(Locale.ROOT));
    return !readings.isEmpty() && readings.stream().allMatch(r -> r.tag().startsWith("V"));
  }

  /**
   * A capitalised word the lexicon knows only as a common word, in lower case, and the gazetteer
   * not as a place: at the start of a sentence, capitals say nothing, so "Abonnée aux
   * rassemblements…" or "Interrogé par…" is a noun or participle, not a name. A name the lexicon
   * lists capitalised ("Pierre", "Marine") or a place ("Paris", "Nice") is kept.
   */
  boolean commonWordOnly(String word) {
    if (!lexicon.analyses(word).isEmpty()
        || lexicon.analyses(word.toLowerCase(Locale.ROOT)).isEmpty()) {
      return false;
    }
    return !knownPlace(word);
  }

  /**
   * A plural gentilé ("Tripolitains", "Benghaziotes", "Syriens", "Yéménites"): the inhabitants of a
   * place, a group of people and not the place, unless the gazetteer knows the word as a place
   * ("Amiens", "Orléans").
   */
  boolean pluralDemonym(String word) {
    return DEMONYM.matcher(word).matches() && !knownPlace(word);
  }

  /** Whether the gazetteer knows the word as a place of any kind (a town as well as a country). */
  private boolean knownPlace(String word) {
    return gazetteer != null && !gazetteer.lookup(word).isEmpty();
  }

  private static Set<String> lines(String resource, boolean keyed) {
    Set<String> entries = new HashSet<>();
    for (String entry : ResourceLines.of(EntityLexicon.class, resource)) {
      entries.add(keyed ? NameKeys.key(entry) : entry);
    }
    return Set.copyOf(entries);
  }
}
