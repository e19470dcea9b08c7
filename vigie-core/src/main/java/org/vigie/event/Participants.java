package org.vigie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;

/**
 * Who and where, from the entity layer, for a trigger in a sentence: actors are the people,
 * organisations and places named as actors before the trigger ("l'armée syrienne a bombardé"),
 * targets those after it ("a attaqué l'Azerbaïdjan"); the location is the place introduced by a
 * preposition of place ("à Misrata", "dans le Haut-Karabakh"), else the first place of the sentence
 * not acting; the source is "selon X" / "d'après X", else the speaker of the quote holding the
 * trigger. Names are canonical. Stateless.
 */
final class Participants {
  static final int MAX_NAMES = 4;
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("à", "au", "aux", "dans", "en", "près", "vers", "sur", "de", "du", "d'", "contre");
  private static final Set<String> SOURCE_CUES = Set.of("selon", "d'après");

  private Participants() {}

  static List<String> actors(List<Entity> inSentence, int triggerStart) {
    List<String> names = new ArrayList<>();
    for (Entity e : inSentence) {
      if (e.end() <= triggerStart && acting(e)) {
        addName(names, e);
      }
    }
    return names.size() > MAX_NAMES ? names.subList(names.size() - MAX_NAMES, names.size()) : names;
  }

  static List<String> targets(List<Entity> inSentence, int triggerEnd, Entity location) {
    List<String> names = new ArrayList<>();
    for (Entity e : inSentence) {
      if (e.start() >= triggerEnd && e != location && names.size() < MAX_NAMES) {
        if (e.type() != EntityType.MISC) {
          addName(names, e);
        }
      }
    }
    return names;
  }

  /** The place of the event: after a preposition of place, the nearest to the trigger first. */
  static Entity location(String text, List<Entity> inSentence, int triggerStart) {
    Entity best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Entity e : inSentence) {
      if (e.type() != EntityType.LOCATION || e.actor()) {
        continue;
      }
      int distance = Math.abs(e.start() - triggerStart) + (introducedAsPlace(text, e) ? 0 : 10_000);
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** "selon l'OSDH", "d'après Amnesty International": the entity after the cue. */
  static String source(List<Word> words, List<Entity> inSentence, List<Quote> quotes, int at) {
    for (int i = 0; i < words.size(); i++) {
      if (!SOURCE_CUES.contains(words.get(i).form())) {
        continue;
      }
      int cueEnd = words.get(i).end();
      for (Entity e : inSentence) {
        if (e.start() >= cueEnd && e.start() - cueEnd <= 12) {
          return name(e);
        }
      }
    }
    for (Quote q : quotes) {
      if (q.start() <= at && at < q.end()) {
        String s = q.speaker().canonical();
        return s != null ? s : q.speaker().text();
      }
    }
    return null;
  }

  static String name(Entity e) {
    return e.canonical() != null ? e.canonical() : e.text();
  }

  private static boolean acting(Entity e) {
    return e.type() == EntityType.PERSON
        || e.type() == EntityType.ORGANIZATION
        || (e.type() == EntityType.LOCATION && e.actor());
  }

  private static void addName(List<String> names, Entity e) {
    String n = name(e);
    if (!names.contains(n)) {
      names.add(n);
    }
  }

  private static boolean introducedAsPlace(String text, Entity e) {
    int i = e.start();
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    int j = i;
    while (j > 0 && !Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    String before = Word.fold(text.substring(j, i));
    // "dans le Haut-Karabakh", "à la frontière": skip one article.
    if (before.equals("le") || before.equals("la") || before.equals("les") || before.equals("l'")) {
      int k = j;
      while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
        k--;
      }
      int m = k;
      while (m > 0 && !Character.isWhitespace(text.charAt(m - 1))) {
        m--;
      }
      before = Word.fold(text.substring(m, k));
    }
    if (before.endsWith("d'") || before.endsWith("l'")) {
      before = before.substring(before.length() - 2);
    }
    return PLACE_PREPOSITIONS.contains(before);
  }
}
