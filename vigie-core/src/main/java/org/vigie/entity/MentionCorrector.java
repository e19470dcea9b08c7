package org.vigie.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigie.entity.NamePhrase.Kind;
import org.vigie.geo.Place;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * Corrects one sentence's raw mentions against the institution and role phrases found in it:
 * institutions become ORGANIZATION mentions of their own; words of a role are not names ("Premier
 * ministre", "Affaires étrangères" in "ministre des Affaires étrangères") but places inside a role
 * stay ("Président de la Fédération de Russie" keeps "Fédération de Russie"); elided articles,
 * determiners, titles and stray punctuation are cut off; a word glued to a name joins it
 * ("Bayraktar TB" + "2"); countries and regions are LOCATION whatever the backend said; known
 * agencies and media are ORGANIZATION; two countries joined by a hyphen are two places; words the
 * lexicon knows only as verbs are dropped. Stateless apart from its lexicon.
 */
final class MentionCorrector {
  private static final Pattern CIVILITY =
      Pattern.compile("(?:M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\\s+\\p{Lu}");

  private final EntityLexicon lexicon;

  MentionCorrector(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The corrected mentions of one sentence, in text order (roles not yet attached). */
  List<Entity> correct(String text, List<Word> words, List<NamePhrase> phrases, List<Entity> raw) {
    List<Entity> out = new ArrayList<>();
    for (NamePhrase phrase : phrases) {
      if (phrase.kind() == Kind.INSTITUTION) {
        int start = words.get(phrase.from()).start();
        int end = words.get(phrase.to() - 1).end();
        String name = text.substring(start, end);
        if (lexicon.area(name).isEmpty()) {
          out.add(entity(start, end, name, EntityType.ORGANIZATION, phrase.country()));
        }
      }
    }
    for (Entity mention : raw) {
      correct(text, words, phrases, mention, out);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private void correct(
      String text, List<Word> words, List<NamePhrase> phrases, Entity mention, List<Entity> out) {
    int start = mention.start();
    int end = extendGlued(text, mention.end());
    for (NamePhrase phrase : phrases) {
      int from = words.get(phrase.from()).start();
      int to = words.get(phrase.to() - 1).end();
      if (start >= to || end <= from) {
        continue;
      }
      if (phrase.kind() == Kind.INSTITUTION && overlapsOrganization(out, start, end)) {
        return;
      }
      if (phrase.kind() == Kind.ROLE) {
        // Only a place survives inside a role: "Président de la Fédération de Russie".
        int place = placeInside(text, words, Math.max(start, from), end);
        if (place < 0) {
          return;
        }
        start = place;
      }
    }
    // "Monsieur Basil Williams" is a person whatever the backend said.
    EntityType type =
        CIVILITY.matcher(text).region(start, end).lookingAt() ? EntityType.PERSON : mention.type();
    int[] span = trim(text, start, end, type);
    if (span == null) {
      return;
    }
    String surface = text.substring(span[0], span[1]);
    if (lexicon.verbOnly(surface)
        || lexicon.countryAdjective(wordAt(words, span)).isPresent()
        || sentenceInitial(words, span[0]) && lexicon.commonWordOnly(surface)) {
      return;
    }
    Optional<Place> area = lexicon.area(surface);
    if (area.isEmpty() && splitCountries(span[0], surface, out)) {
      return;
    }
    String before = previousWord(text, span[0]);
    if (area.isPresent()) {
      type = EntityType.LOCATION;
    } else if (type == EntityType.LOCATION && lexicon.pluralDemonym(surface)) {
      type = EntityType.MISC;
    } else if (lexicon.knownOrganization(surface) || lexicon.mediaNoun(before)) {
      type = EntityType.ORGANIZATION;
    } else if (lexicon.equipmentNoun(before)) {
      type = EntityType.MISC;
    }
    out.add(entity(span[0], span[1], surface, type, area.map(Place::country).orElse(null)));
  }

  private static boolean overlapsOrganization(List<Entity> out, int start, int end) {
    return out.stream()
        .anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.start() < end && start < e.end());
  }

  /** Where a known place starts among the capitalised words of [start, end), or -1. */
  private int placeInside(String text, List<Word> words, int start, int end) {
    for (Word w : words) {
      if (w.start() >= start && w.end() <= end && w.capitalised() && !lexicon.roleHead(w)) {
        if (lexicon.area(text.substring(w.start(), end)).isPresent()) {
          return w.start();
        }
      }
    }
    return -1;
  }

  /** Whether the mention opens its sentence (after any opening quotation mark or dash). */
  private static boolean sentenceInitial(List<Word> words, int start) {
    for (Word w : words) {
      if (!w.punctuation()) {
        return w.start() == start;
      }
    }
    return false;
  }

  private static Word wordAt(List<Word> words, int[] span) {
    for (Word w : words) {
      if (w.start() == span[0] && w.end() == span[1]) {
        return w;
      }
    }
    return new Word(span[0], span[1], "X", null, null);
  }

  /** "Russie-Azerbaïdjan", not itself a place: two countries, two mentions. */
  private boolean splitCountries(int start, String surface, List<Entity> out) {
    int hyphen = surface.indexOf('-');
    if (hyphen <= 0) {
      return false;
    }
    String left = surface.substring(0, hyphen);
    String right = surface.substring(hyphen + 1);
    Optional<Place> a = lexicon.area(left);
    Optional<Place> b = lexicon.area(right);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    out.add(entity(start, start + hyphen, left, EntityType.LOCATION, a.get().country()));
    out.add(
        entity(
            start + hyphen + 1,
            start + surface.length(),
            right,
            EntityType.LOCATION,
            b.get().country()));
    return true;
  }

  /**
   * Cuts elided articles and determiners ("l'Arménie", "La Russie"), titles before a person ("M.",
   * "Mme"), and punctuation at either end; {@code null} when nothing is left.
   */
  private int[] trim(String text, int start, int end, EntityType type) {
    boolean changed = true;
    while (changed && start < end) {
      changed = false;
      while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
        end--;
      }
      String rest = text.substring(start, end);
      int cut = leadingCut(rest, type);
      if (cut > 0 && cut < rest.length()) {
        start += cut;
        changed = true;
      }
    }
    return start < end ? new int[] {start, end} : null;
  }

  private int leadingCut(String rest, EntityType type) {
    for (String elided : new String[] {"l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’"}) {
      if (rest.startsWith(elided)) {
        return elided.length();
      }
    }
    int space = rest.indexOf(' ');
    if (space < 0) {
      return 0;
    }
    String first = rest.substring(0, space);
    boolean determiner = first.matches("(?i)(le|la|les|un|une|des)");
    boolean title = type == EntityType.PERSON && lexicon.title(first);
    return determiner || title ? space + 1 : 0;
  }

  /** A name the backend cut inside a word ("TB" of "TB2") runs to the end of the word. */
  private static int extendGlued(String text, int end) {
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static String previousWord(String text, int start) {
    int end = start;
    while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int from = end;
    while (from > 0
        && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
      from--;
    }
    return text.substring(from, end);
  }

  static Entity entity(int start, int end, String text, EntityType type, String country) {
    return new Entity(start, end, text, type, text, null, null, country, false, false);
  }
}
