package org.vigie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Casualty figures of a sentence, one family of French constructions per method:
 *
 * <ul>
 *   <li>the figure's own noun: "11 morts et 33 blessés", "bilan de 11 morts", "faisant 4 victimes",
 *       "un mort";
 *   <li>a toll given as its parts: "parmi les morts figurent 85 civils, 26 soldats et 17 rebelles"
 *       ({@link TollParts});
 *   <li>a subject and its verb: "cinq personnes, dont quatre enfants, ont été tuées", "six Libyens
 *       ont été blessés", "12 soldats ont péri / ont trouvé la mort", "trois de ses fils ont été
 *       tués";
 *   <li>a verb and its object: "ont tué 3 soldats de l'Artsakh et en ont blessé 15 autres", "tuant
 *       au moins 9 personnes", "a coûté la vie à 5 civils", with a day, an adverb or an attribution
 *       between them ("ont tué jeudi cinq personnes", "a tué, selon l'ONU, 70 000 personnes");
 *   <li>a figure of people coordinated with a toll: "5 morts du PYD et 30 djihadistes";
 *   <li>a toll head: "portent à onze le nombre de morts", "le bilan s'élève à 25" ({@link
 *       TollHeads});
 *   <li>others added to a toll: "a tué un responsable et 48 autres personnes" ({@link
 *       OtherVictims});
 *   <li>one named victim: "Kadhafi a été tué", "le photographe a été grièvement blessé" ({@link
 *       NamedVictims}).
 * </ul>
 *
 * A subset after "dont" ("62 morts, dont 58 touristes"), shares ("99 %") and years ("en 2011") are
 * never counted ({@link NonTollFigures}), nor figures followed by a noun that is not people ("4
 * frappes", "12 ans", "78e session"). The vocabulary is read through {@link CasualtyWords}.
 * Immutable and thread-safe.
 */
final class CasualtyReader {
  /** Words a figure's subject phrase may run over before its verb ("5 soldats de l'armée ont"). */
  private static final int SUBJECT_WORDS = 14;

  /** Auxiliaries of an active past ("ont tué"), not of a passive ("ont été tués"). */
  private static final Set<String> ACTIVE_AUX =
      Set.of("a", "ont", "avait", "avaient", "aurait", "auraient");

  /** Words that open an object after an active casualty verb. */
  private static final Set<String> OBJECT_LEAD =
      Set.of(
          "un",
          "une",
          "des",
          "les",
          "le",
          "la",
          "l'",
          "trois",
          "deux",
          "plusieurs",
          "plus",
          "près");

  /** "au" opens an object only as a qualifier: "a tué au moins 9 personnes", not "au cours de". */
  private static final Set<String> AFTER_AU = Set.of("moins", "minimum");

  /**
   * Verbs of dying, which take no object: "ont péri au cours du bombardement", "ont succombé à
   * leurs blessures" (as "ont trouvé la mort", "ont perdu la vie", phrases ending on their noun).
   */
  private static final Set<String> INTRANSITIVE =
      Set.of(
          "péri",
          "périt",
          "succombé",
          "décédé",
          "décédés",
          "décédée",
          "décédées",
          "mort",
          "morts",
          "morte",
          "mortes");

  /** The nouns ending the phrases of dying: "trouvé la mort", "perdu la vie". */
  private static final Set<String> DYING_NOUN = Set.of("mort", "vie");

  /** Words before a casualty word that make it a noun ("la mort de", "leur décès"). */
  private static final Set<String> NOUN_DETERMINER =
      Set.of("la", "le", "les", "l'", "sa", "son", "ses", "leur", "leurs", "du", "au");

  /** Words that open a relative clause with a subject of its own. */
  private static final Set<String> RELATIVE =
      Set.of(
          "où",
          "lequel",
          "laquelle",
          "lesquels",
          "lesquelles",
          "duquel",
          "desquels",
          "desquelles",
          "auquel",
          "auxquels",
          "auxquelles");

  /** Adjectives between a figure and its toll noun that keep it a toll ("14 nouveaux corps"). */
  private static final Set<String> NEW_ONES = Set.of("nouveaux", "nouvelles");

  private static final Set<String> GROUP_DETERMINER =
      Set.of("ses", "leurs", "nos", "vos", "mes", "ces");

  /** Days, adverbs and attributions skipped between a verb and its figure. */
  private static final int MAX_INTERPOSED = 3;

  /** Words an attribution set off by commas may run over ("selon le ministère de la santé"). */
  private static final int INCISE_WORDS = 7;

  private final WordPatterns lexicon;
  private final CasualtyWords vocabulary;
  private final NamedVictims named;
  private final TollHeads heads;
  private final TollParts parts;

  CasualtyReader(WordPatterns lexicon, Sides sides) {
    this.lexicon = lexicon;
    this.vocabulary = new CasualtyWords(lexicon);
    this.named = new NamedVictims(vocabulary);
    this.heads = new TollHeads(vocabulary);
    this.parts = new TollParts(sides, vocabulary);
  }

  /** The casualty figures among {@code counts} of one sentence, in text order. */
  List<Casualty> read(String text, List<Word> words, List<Count> counts) {
    List<Casualty> found = new ArrayList<>();
    int covered = -1;
    for (Count c : counts) {
      // A figure inside a toll already read is its breakdown ("29 personnes, dix soldats, huit
      // rebelles et onze civils, ont été tuées"), not a toll of its own.
      if (c.start() < covered) {
        continue;
      }
      int first = CountReader.wordIndexAt(words, c.start());
      int after = CountReader.wordIndexAt(words, c.end());
      if (NonTollFigures.subset(words, first, c)
          || NonTollFigures.year(words, first, c)
          || NonTollFigures.clock(words, first)
          || notPeople(words, after)
          || NonTollFigures.percent(text, c)) {
        continue;
      }
      // The verb before a figure binds it first: in "ont tué 4 policiers et en ont blessé 9
      // autres" the 4 is the object of "tué", not the subject of "blessé".
      Casualty k = ownNoun(text, words, c, after);
      // "un"/"une" is a figure only before one person: "a tué une personne", "un soldat tué".
      boolean figure = !c.article() || onePerson(text, words, after);
      if (k == null && figure) {
        k = verbAndObject(text, words, c, first, after);
      }
      if (k == null && figure) {
        k = subjectAndVerb(text, words, c, after);
        Count whole = k == null ? null : parts.coordinated(text, words, counts, c);
        if (whole != null && whole.end() <= k.end()) {
          // "huit manifestants et trois soldats sont tués": the subject's parts are one toll
          k = new Casualty(k.killed(), whole, k.start(), k.end(), k.victims());
        }
        if (k != null
            && c.article()
            && words.get(CountReader.wordIndexAt(words, k.end() - 1)).form().endsWith("s")) {
          k = null; // "une collègue, qui ont tous deux été blessés": the one is part of a group
        }
      }
      if (k == null && !c.article() && !found.isEmpty()) {
        k = coordinated(text, words, c, first, after, found.get(found.size() - 1));
      }
      if (k == null) {
        k = heads.read(text, words, c, first, after);
      }
      if (k != null) {
        found.add(k);
        covered = k.end();
      }
    }
    Casualty whole = parts.read(text, words, counts);
    if (whole != null
        && found.stream().noneMatch(c -> c.start() < whole.end() && whole.start() < c.end())) {
      found.add(whole);
      found.sort(java.util.Comparator.comparingInt(Casualty::start));
    }
    for (boolean killed : new boolean[] {true, false}) {
      if (found.stream().noneMatch(c -> c.killed() == killed)) {
        Casualty one = named.find(text, words, killed);
        if (one != null) {
          found.add(one);
          found.sort(java.util.Comparator.comparingInt(Casualty::start));
        }
      }
    }
    return OtherVictims.add(text, words, counts, found);
  }

  /**
   * "11 morts", "33 blessés", "4 victimes", "un mort": the noun right after the figure, in its
   * clause ("France 24), blessé" is a name and a participle). "une victime" and "un corps" count no
   * one: those nouns count the dead only after a figure.
   */
  private Casualty ownNoun(String text, List<Word> words, Count c, int after) {
    if (c.value() != null
        && c.value() >= 1_000_000
        && after < words.size()
        && (words.get(after).form().equals("de") || words.get(after).form().equals("d'"))) {
      after++; // "1,5 million de morts"
    }
    if (after + 1 < words.size() && NEW_ONES.contains(words.get(after).form())) {
      after++; // "14 nouveaux corps", "deux nouvelles victimes": a toll that grows
    }
    String role = vocabulary.label(words, after);
    if (role == null || !role.endsWith("-noun") || c.article() && CasualtyWords.countOnly(role)) {
      return null;
    }
    if (CasualtyWords.endsClause(text, c.end(), words.get(after).start())) {
      return null;
    }
    int end = words.get(after).end();
    return new Casualty(role.startsWith("killed"), c, c.start(), end, null);
  }

  /** "cinq personnes, dont quatre enfants, ont été tuées", "six Libyens ont été blessés". */
  private Casualty subjectAndVerb(String text, List<Word> words, Count c, int after) {
    if (after >= words.size()) {
      return null;
    }
    if (CasualtyWords.isAux(words.get(after).form())
        && !CasualtyWords.endsClause(text, c.end(), words.get(after).start())) {
      // "12 ont été tués": the figure is the subject itself.
      for (int k = after + 1; k < Math.min(words.size(), after + 3); k++) {
        if (CasualtyWords.casualtyWord(vocabulary.label(words, k))) {
          return new Casualty(
              vocabulary.label(words, k).startsWith("killed"),
              c,
              c.start(),
              words.get(k).end(),
              null);
        }
      }
      return null;
    }
    if (CasualtyWords.endsClause(text, c.end(), words.get(after).start())) {
      return null; // "16 h 54 : Nous …": a figure and its people are never apart
    }
    // "trois d'entre eux ont été tués", "deux des otages ont été blessés": the group follows.
    after += partitive(words, after);
    if (!vocabulary.person(text, words.get(after))) {
      return null;
    }
    int victimsEnd = words.get(after).end();
    boolean inComplement = true;
    for (int k = after + 1; k < Math.min(words.size(), after + 1 + SUBJECT_WORDS); k++) {
      String form = words.get(k).form();
      if (RELATIVE.contains(form)) {
        // "a arrêté 164 personnes et mené des perquisitions au cours desquelles 19 personnes ont
        // été blessées": the verb after a relative has the relative's own subject.
        return null;
      }
      if (CasualtyWords.endsClause(text, words.get(k - 1).end(), words.get(k).start())) {
        inComplement = false;
      }
      String role = vocabulary.label(words, k);
      if (CasualtyWords.casualtyWord(role)
          && (NOUN_DETERMINER.contains(words.get(k - 1).form())
              || NOUN_DETERMINER.contains(form))) {
        return null; // "six policiers poursuivis après la mort de …": a noun, not their verb
      }
      if (CasualtyWords.casualtyWord(role)
          && (agent(text, words, k) || words.get(k).form().endsWith("ant"))) {
        // "deux soldats ont tué trois civils", "un kamikaze s'est fait exploser, tuant 14
        // fidèles": the subject of an active verb or a present participle killed, not died.
        return null;
      }
      if (CasualtyWords.casualtyWord(role)) {
        String victims = text.substring(words.get(after).start(), victimsEnd);
        return new Casualty(role.startsWith("killed"), c, c.start(), words.get(k).end(), victims);
      }
      if (text.substring(words.get(k - 1).end(), words.get(k).start()).contains(".")) {
        return null;
      }
      if (inComplement && !CasualtyWords.isAux(form)) {
        victimsEnd = words.get(k).end();
      } else {
        inComplement = false;
      }
    }
    return null;
  }

  /** "ont tué 3 soldats", "en ont blessé 15 autres", "tuant au moins 9 personnes". */
  private Casualty verbAndObject(String text, List<Word> words, Count c, int first, int after) {
    int before = first;
    if (c.qualifier() != null) {
      before = Math.max(0, first - c.qualifier().split(" ").length);
      if (c.qualifier().contains(" et ") || c.qualifier().contains(" à ")) {
        before = Math.max(0, first - 1);
      }
    }
    before = skipInterposed(text, words, before);
    WordPatterns.Match verb = lexicon.endingAt(words, Math.max(0, before - 5), before);
    int head;
    boolean killed;
    if (verb != null && CasualtyWords.casualtyWord(verb.pattern().label())) {
      head = verb.first();
      killed = verb.pattern().label().startsWith("killed");
    } else {
      // "la mort mercredi de 578 personnes", "les corps de trois Bangladais"
      head = DeathNouns.headBefore(text, words, before);
      killed = true;
      if (head < 0) {
        return null;
      }
    }
    String victims = null;
    int end = c.end();
    if (after < words.size()
        && !CasualtyWords.endsClause(text, c.end(), words.get(after).start())) {
      // "tuant sept d'entre eux", "ont tué trois de leurs camarades": the group follows.
      int group = after + partitive(words, after);
      if (group >= words.size() || !vocabulary.person(text, words.get(group))) {
        return null;
      }
      victims = victimPhrase(text, words, after);
      end = words.get(after).start() + victims.length();
      if (words.get(after).form().equals("autres")) {
        victims = null; // "en ont blessé 15 autres": the same people as before
      }
    }
    return new Casualty(killed, c, words.get(head).start(), end, victims);
  }

  /**
   * "5 morts du côté kurde et 30 djihadistes": a figure of people coordinated with the toll before
   * it counts the same way (the casualty noun is not repeated).
   */
  private Casualty coordinated(
      String text, List<Word> words, Count c, int first, int after, Casualty previous) {
    if (first == 0 || !words.get(first - 1).form().equals("et") || after >= words.size()) {
      return null;
    }
    if (previous.end() > c.start() || !vocabulary.person(text, words.get(after))) {
      return null;
    }
    if (CasualtyWords.endsClause(text, previous.end(), c.start())) {
      return null;
    }
    String victims = victimPhrase(text, words, after);
    int end = words.get(after).start() + victims.length();
    return new Casualty(previous.killed(), c, c.start(), end, victims);
  }

  /** The victims' noun phrase: the noun and its complement up to a clause break, five words. */
  private static String victimPhrase(String text, List<Word> words, int from) {
    int end = words.get(from).end();
    for (int k = from + 1; k < Math.min(words.size(), from + 5); k++) {
      String form = words.get(k).form();
      if (CasualtyWords.endsClause(text, words.get(k - 1).end(), words.get(k).start())
          || CasualtyWords.isAux(form)
          || form.equals("et")
          || form.equals("qui")) {
        break;
      }
      end = words.get(k).end();
    }
    return text.substring(words.get(from).start(), end);
  }

  /**
   * "d'entre eux", "des otages", "de ses hommes", "de leurs camarades": the words before the group
   * a figure takes a part of.
   */
  private static int partitive(List<Word> words, int i) {
    if (i + 2 < words.size()
        && words.get(i).form().equals("d'")
        && words.get(i + 1).form().equals("entre")) {
      return 2;
    }
    if (i + 2 < words.size()
        && words.get(i).form().equals("de")
        && GROUP_DETERMINER.contains(words.get(i + 1).form())) {
      return 2;
    }
    return i + 1 < words.size() && words.get(i).form().equals("des") ? 1 : 0;
  }

  /**
   * The start of the words between a verb and its object figure: a day or adverb ("ont tué jeudi
   * cinq personnes", "en a blessé grièvement six autres", {@code interposed} in the lexicon) and an
   * attribution set off by commas ("a tué, selon l'ONU, plus de 70 000 personnes").
   */
  private int skipInterposed(String text, List<Word> words, int before) {
    int at = before;
    for (int n = 0; n < MAX_INTERPOSED && at > 0; n++) {
      if ("interposed".equals(vocabulary.label(words, at - 1))) {
        at--;
        continue;
      }
      int incise = incise(text, words, at);
      if (incise < 0) {
        break;
      }
      at = incise;
    }
    return at;
  }

  /** "…, selon l'ONU, 70 000": where the attribution before word {@code at} opens, else -1. */
  private static int incise(String text, List<Word> words, int at) {
    if (at < 2 || !text.substring(words.get(at - 1).end(), words.get(at).start()).contains(",")) {
      return -1;
    }
    for (int k = at - 1; k >= Math.max(1, at - INCISE_WORDS); k--) {
      String between = text.substring(words.get(k - 1).end(), words.get(k).start());
      if (between.contains(",")) {
        String lead = words.get(k).form();
        return lead.equals("selon") || lead.equals("d'après") ? k : -1;
      }
    }
    return -1;
  }

  /**
   * An active verb with its object after it ("ont tué trois civils", "a blessé des passants"): its
   * subject is the one who killed. "ont péri au cours de", "ont trouvé la mort" have no object.
   */
  private boolean agent(String text, List<Word> words, int k) {
    String aux = words.get(k - 1).form();
    if (!ACTIVE_AUX.contains(aux)) {
      return false;
    }
    WordPatterns.Match verb = lexicon.longestAt(words, k);
    int next = verb == null ? k + 1 : verb.end();
    if (INTRANSITIVE.contains(words.get(k).form())
        || verb != null && verb.end() - k > 1 && DYING_NOUN.contains(words.get(next - 1).form())) {
      return false;
    }
    if (next >= words.size()
        || CasualtyWords.endsClause(text, words.get(next - 1).end(), words.get(next).start())) {
      return false;
    }
    String form = words.get(next).form();
    if (form.equals("au")) {
      return next + 1 < words.size() && AFTER_AU.contains(words.get(next + 1).form());
    }
    return OBJECT_LEAD.contains(form)
        || Character.isDigit(form.charAt(0))
        || "vague".equals(vocabulary.label(words, next));
  }

  /** "une personne", "un soldat": the article of a count stands before one person. */
  private boolean onePerson(String text, List<Word> words, int after) {
    if (after >= words.size()) {
      return false;
    }
    Word w = words.get(after);
    return !w.form().endsWith("s") && !w.form().equals("autre") && vocabulary.person(text, w);
  }

  private boolean notPeople(List<Word> words, int after) {
    return "not-people".equals(vocabulary.label(words, after));
  }
}
