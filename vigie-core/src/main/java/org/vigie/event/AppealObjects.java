package org.vigie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.lexicon.Lexicon;
import org.vigie.lexicon.WordForm;

/**
 * An appeal with its addressee between the verb and the act asked for, which the trigger lexicon
 * (contiguous words) cannot read: "a appelé dimanche ses ressortissants à quitter le pays",
 * "exhorte le président à cesser la répression", "demande au peuple de ne pas manifester". The verb
 * ({@code appeal-verbs.txt}) is a REQUEST/appeal when, within {@value #ADDRESSEE_WORDS} words of
 * the same clause, "à" or "de" and an infinitive follow an addressee of at least one word; the
 * addressee may hold a complement and quotation marks ("a appelé le Conseil de sécurité de l'ONU à
 * autoriser …", "ont appelé les autorités «à mettre fin …»"). The infinitive is the French
 * lexicon's ("a demandé à notre ministre" asks no act: "notre" only ends like one). Immutable and
 * thread-safe.
 */
final class AppealObjects {
  /** Words the addressee (and a day or adverb) may take between the verb and "à"/"de". */
  static final int ADDRESSEE_WORDS = 8;

  private static final String LABEL = "REQUEST appeal";
  private static final Set<String> INTRODUCERS = Set.of("à", "de", "d'");
  private static final Set<String> INFINITIVE_CLITICS =
      Set.of("s'", "se", "ne", "n'", "me", "m'", "nous", "vous", "leur", "lui", "y", "en");

  private static final Set<String> OBJECT_PRONOUNS = Set.of("le", "la", "les", "l'");

  private final WordPatterns verbs;
  private final Lexicon lexicon;

  AppealObjects(WordPatterns verbs, Lexicon lexicon) {
    this.verbs = verbs;
    this.lexicon = lexicon;
  }

  /** The appeals of words {@code [0, size)}, as trigger matches labelled "REQUEST appeal". */
  List<WordPatterns.Match> find(String text, List<Word> words) {
    List<WordPatterns.Match> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      WordPatterns.Match verb = verbs.longestAt(words, i);
      if (verb != null && asksForAnAct(text, words, verb.end())) {
        WordPatterns.Pattern p = new WordPatterns.Pattern(LABEL, List.of(words.get(i).form()));
        found.add(new WordPatterns.Match(p, i, i + 1));
      }
    }
    return found;
  }

  /** "ses ressortissants à quitter": an addressee, then "à"/"de" and an infinitive. */
  private boolean asksForAnAct(String text, List<Word> words, int from) {
    int to = Math.min(words.size() - 1, from + ADDRESSEE_WORDS);
    boolean named = false;
    for (int k = from; k < to; k++) {
      if (k > from && breaks(text, words.get(k - 1).end(), words.get(k).start())) {
        return false;
      }
      String form = words.get(k).form();
      if (k > from
          && INTRODUCERS.contains(form)
          && (!named || form.equals("à"))
          && infinitive(words, k + 1)) {
        return true;
      }
      // Otherwise "de" belongs to the addressee's name ("le Conseil de sécurité de l'ONU à
      // autoriser …"), and only "à" may then open the act ("je me demande combien de temps … de
      // la prévenir" asks nothing).
      named |= INTRODUCERS.contains(form);
    }
    return false;
  }

  /**
   * An infinitive at {@code k}, or a clitic before one. An object pronoun ("de le démettre", "à la
   * relâcher") is also an article ("de la ville"), so the infinitive after it must be there.
   */
  private boolean infinitive(List<Word> words, int k) {
    String form = words.get(k).form();
    if (OBJECT_PRONOUNS.contains(form)) {
      return k + 1 < words.size() && infinitive(words.get(k + 1).form());
    }
    return INFINITIVE_CLITICS.contains(form) || infinitive(form);
  }

  /**
   * A form the lexicon reads as an infinitive ("quitter", "mettre", "être"; not "notre", "libre",
   * "membre", which end as one); a form it does not know, by its ending.
   */
  private boolean infinitive(String form) {
    List<WordForm> readings = lexicon.analyses(form);
    if (!readings.isEmpty()) {
      return readings.stream().anyMatch(r -> r.isVerbIn("inf")); // "V etre inf" too
    }
    return form.length() > 3 && (form.endsWith("er") || form.endsWith("ir") || form.endsWith("re"));
  }

  private static boolean breaks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '.' || c == '(') {
        return true;
      }
    }
    return false;
  }
}
