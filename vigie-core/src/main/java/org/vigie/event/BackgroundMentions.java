package org.vigie.event;

import java.util.List;
import java.util.Set;
import org.vigie.model.EventModality;
import org.vigie.time.NumberWords;

/**
 * Trigger words that name no specific occurrence, which the guidelines do not count as event
 * mentions, one construction per method:
 *
 * <ul>
 *   <li>an infinitive of purpose or a generic statement: "un étudiant brûle un drapeau pour
 *       protester", "Attaquer une ambassade, c'est attaquer un pays", "venus se battre en Syrie" —
 *       unless a verb makes it happen ("continuent de bombarder", "ont réussi à prendre") or a
 *       modal cue makes it a planned, hypothetical, demanded or denied event (kept and marked);
 *   <li>a noun of a stance or a movement, "la contestation", "le soutien de Moscou au régime", "le
 *       dialogue national" — unless a light verb makes it happen ("a apporté son soutien", "ont
 *       entamé un dialogue") or a modal cue marks it;
 *   <li>a noun taken up by a demonstrative: "cette tuerie", "ces bombardements" (told before);
 *   <li>an event someone stands against or flees: "protester contre les bombardements", "fuyant les
 *       combats";
 *   <li>a participle used as a noun of people: "les blessés ont besoin d'aide", "évacuer leurs
 *       blessés"; a detainee named after a determiner, a preposition or a number: "la libération
 *       des détenus politiques", "quatre détenus ont été tués", "un ancien détenu";
 *   <li>a weapon held or traded, not fired: "un dépôt de missiles", "des navires équipés de
 *       missiles de croisière", "ont obtenu 50 missiles Stinger".
 * </ul>
 *
 * Words come from {@code background-cues.txt}. Stateless.
 */
final class BackgroundMentions {
  /** Words looked back from an infinitive for the verb that makes it happen. */
  private static final int ASPECT_WINDOW = 4;

  /** Words looked back from a weapon for what holds it ("équipés de plusieurs dizaines de"). */
  private static final int EQUIPMENT_WINDOW = 5;

  /** Words looked back from a stance noun for its light verb ("a apporté tout son soutien"). */
  private static final int LIGHT_WINDOW = 5;

  /** Words before a detainee that make it a noun, besides determiners and numbers. */
  private static final Set<String> PRISONER_LEADS =
      Set.of(
          "de",
          "d'",
          "aux",
          "leurs",
          "ses",
          "nos",
          "tous",
          "toutes",
          "ancien",
          "anciens",
          "ancienne",
          "anciennes",
          "autre",
          "autres",
          "nombreux",
          "plusieurs");

  private final WordPatterns cues;

  BackgroundMentions(WordPatterns cues) {
    this.cues = cues;
  }

  /** Whether the trigger at {@code m}, read with {@code modality}, is background. */
  boolean test(List<Word> words, WordPatterns.Match m, EventModality modality) {
    if (infinitive(words, m)) {
      return modality == EventModality.ASSERTED && !happens(words, m.first());
    }
    if (stance(words, m) && modality == EventModality.ASSERTED && !madeToHappen(words, m.first())) {
      return true;
    }
    return taken(words, m.first())
        || people(words, m)
        || prisoners(words, m)
        || equipment(words, m.first());
  }

  /**
   * "un dépôt de missiles", "des navires équipés de missiles", "ont obtenu 50 missiles Stinger": a
   * weapon held or traded, not fired.
   */
  private boolean equipment(List<Word> words, int first) {
    if (!"weapon-noun".equals(label(words, first))) {
      return false;
    }
    List<WordPatterns.Match> found =
        cues.findAll(words, Math.max(0, first - EQUIPMENT_WINDOW), first);
    return found.stream().anyMatch(c -> c.pattern().label().equals("equipment"));
  }

  /**
   * "les détenus", "l'exécution de détenus", "912 détenus", "un ancien détenu": prisoners as
   * people; "ils sont détenus", "a été détenu" tell an arrest.
   */
  private boolean prisoners(List<Word> words, WordPatterns.Match m) {
    if (m.end() - m.first() != 1
        || m.first() == 0
        || !"people-noun".equals(label(words, m.first()))) {
      return false;
    }
    String before = words.get(m.first() - 1).form();
    return determiner(words, m.first() - 1)
        || PRISONER_LEADS.contains(before)
        || !before.isEmpty() && Character.isDigit(before.charAt(0))
        || NumberWords.parse(before) > 1;
  }

  /** "les blessés", "leurs blessés": the wounded as people, no wounding told. */
  private boolean people(List<Word> words, WordPatterns.Match m) {
    return m.end() - m.first() == 1
        && m.first() > 0
        && "people-participle".equals(label(words, m.first()))
        && "people-determiner".equals(label(words, m.first() - 1));
  }

  /**
   * "cette tuerie", "contre les frappes", "fuyant les combats": a noun told before, or that someone
   * stands against or flees.
   */
  private boolean taken(List<Word> words, int first) {
    if (first == 0) {
      return false;
    }
    String before = label(words, first - 1);
    if ("demonstrative".equals(before)) {
      return true;
    }
    if (first < 2 || !determiner(words, first - 1)) {
      return false;
    }
    String governor = label(words, first - 2);
    return "opposed".equals(governor) || "fled".equals(governor);
  }

  /**
   * The trigger is a verb in the infinitive: its words end in "-er"/"-ir", or in "-re" after a
   * preposition or clitic ("de s'en prendre", "pour se battre"; "le massacre" is a noun).
   */
  private boolean infinitive(List<Word> words, WordPatterns.Match m) {
    int verb = m.first();
    // "se battre", "s'en prendre": the verb follows its clitic ("tirs de mortier" is a noun).
    if (verb + 1 < m.end() && "infinitive-lead".equals(label(words, verb))) {
      verb++;
    }
    String form = words.get(verb).form();
    if (form.endsWith("er") || form.endsWith("ir")) {
      return true;
    }
    return form.endsWith("re")
        && (verb > m.first()
            || m.first() > 0 && "infinitive-lead".equals(label(words, m.first() - 1)));
  }

  /** "la contestation", "le soutien", "le dialogue": a noun of a stance or a movement. */
  private boolean stance(List<Word> words, WordPatterns.Match m) {
    return m.end() - m.first() == 1 && "stance-noun".equals(label(words, m.first()));
  }

  /** A light verb just before a stance noun: "a apporté son soutien", "ont entamé un dialogue". */
  private boolean madeToHappen(List<Word> words, int first) {
    List<WordPatterns.Match> found = cues.findAll(words, Math.max(0, first - LIGHT_WINDOW), first);
    return found.stream().anyMatch(c -> c.pattern().label().equals("light-verb"));
  }

  /** An aspectual verb just before the infinitive: "continuent de", "ont réussi à". */
  private boolean happens(List<Word> words, int first) {
    List<WordPatterns.Match> found = cues.findAll(words, Math.max(0, first - ASPECT_WINDOW), first);
    return found.stream().anyMatch(c -> c.pattern().label().equals("aspectual"));
  }

  private static boolean determiner(List<Word> words, int i) {
    return switch (words.get(i).form()) {
      case "le", "la", "les", "l'", "un", "une", "des", "du", "ces", "cette", "ce", "cet" -> true;
      default -> false;
    };
  }

  private String label(List<Word> words, int i) {
    WordPatterns.Match m = cues.longestAt(words, i);
    return m == null ? null : m.pattern().label();
  }
}
