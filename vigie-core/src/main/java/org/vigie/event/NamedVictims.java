package org.vigie.event;

import java.util.List;
import java.util.Set;

/**
 * One victim named without a figure: "Kadhafi a été tué", "Khamis aurait été tué" (one killed), "le
 * photographe a été grièvement blessé" (one injured), "un tireur a abattu notre collègue" (the
 * object). Not a victim: a machine shot down ("un avion français a été abattu": {@code machine} in
 * the lexicon), a noun that counts only after a figure ("a été victime d'une agression"),
 * "mortellement blessé" as an injury (it is left to the killed). Stateless.
 */
final class NamedVictims {
  private static final Set<String> SINGULAR_AUX =
      Set.of("a", "est", "avait", "aurait", "sera", "serait", "fut", "était");
  private static final Set<String> SINGULAR_OBJECT =
      Set.of("le", "la", "l'", "un", "une", "notre", "son", "sa", "leur", "mon", "ma", "votre");

  /**
   * The auxiliary of an active past before one object ("a abattu notre collègue"). A plural
   * subject's object is read by the figure rules ("ont tué un soldat"): "ont tué mon fils et ..."
   * too often goes on to more victims.
   */
  private static final Set<String> ACTIVE_AUX = Set.of("a", "avait");

  /** Words after "un" that make a quantity, not one person ("un certain nombre"). */
  private static final Set<String> VAGUE_NOUN = Set.of("certain", "grand", "nombre", "peu");

  /** Words of the subject read back from the auxiliary ("un avion militaire a été abattu"). */
  private static final int SUBJECT_REACH = 3;

  private final CasualtyWords vocabulary;

  NamedVictims(CasualtyWords vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The one killed (or injured) person the sentence names, or null. */
  Casualty find(String text, List<Word> words, boolean killed) {
    String wanted = killed ? "killed-" : "injured-";
    for (int k = 1; k < words.size(); k++) {
      String role = vocabulary.label(words, k);
      if (role == null || !role.startsWith(wanted) || CasualtyWords.countOnly(role)) {
        continue;
      }
      if (!killed && words.get(k - 1).form().equals("mortellement")) {
        continue;
      }
      String form = words.get(k).form();
      if (form.endsWith("s") || form.endsWith("es") || form.endsWith("ant")) {
        continue;
      }
      // "a été grièvement blessé": an adverb between the auxiliary and the participle.
      int p = k - 1;
      if (p > 0 && "interposed".equals(vocabulary.label(words, p))) {
        p--;
      }
      String prev = words.get(p).form();
      int object = vocabulary.lexicon().longestAt(words, k).end();
      if (ACTIVE_AUX.contains(prev) && oneObject(text, words, object)) {
        // "un tireur a abattu notre collègue": one victim, the object.
        return one(killed, words.get(k).start(), words.get(object).end(), words.get(k));
      }
      String aux = prev;
      int auxAt = p;
      if (prev.equals("été")) {
        // "aurait par ailleurs été tué": up to two adverb words between the auxiliary and "été".
        aux = "";
        for (int b = p - 1; b >= Math.max(0, p - 3); b--) {
          if (SINGULAR_AUX.contains(words.get(b).form())) {
            aux = words.get(b).form();
            auxAt = b;
            break;
          }
        }
      }
      if (SINGULAR_AUX.contains(aux)
          && (prev.equals("été") || aux.equals("est"))
          && !machineSubject(text, words, auxAt)) {
        return one(killed, words.get(k).start(), words.get(k).end(), words.get(k));
      }
    }
    return null;
  }

  /**
   * A determiner of one and its noun after the verb ("notre collègue", "mon fils"), the noun no
   * machine ("a abattu un avion") nor a vague quantity ("en ont tué un certain nombre"); the verb's
   * own words are not its object ("ont perdu la vie").
   */
  private boolean oneObject(String text, List<Word> words, int object) {
    if (object + 1 >= words.size() || !SINGULAR_OBJECT.contains(words.get(object).form())) {
      return false;
    }
    Word noun = words.get(object + 1);
    String role = vocabulary.label(words, object + 1);
    return !"machine".equals(role)
        && !"not-people".equals(role)
        && !VAGUE_NOUN.contains(noun.form())
        && !CasualtyWords.endsClause(text, words.get(object).end(), noun.start());
  }

  /** "un avion français a été abattu": the subject before the auxiliary is a machine, no person. */
  private boolean machineSubject(String text, List<Word> words, int auxAt) {
    boolean machine = false;
    for (int b = auxAt - 1; b >= Math.max(0, auxAt - SUBJECT_REACH); b--) {
      if (vocabulary.person(text, words.get(b))) {
        return false;
      }
      machine |= "machine".equals(vocabulary.label(words, b));
    }
    return machine;
  }

  private static Casualty one(boolean killed, int start, int end, Word at) {
    Count one = new Count(at.start(), at.end(), 1L, null, false);
    return new Casualty(killed, one, start, end, null);
  }
}
