package org.vigie.quote;

import java.util.List;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * What a speaker phrase is, read from its words: its head noun ("un haut responsable de l'ONU" →
 * responsable), its grammatical gender, and what the tagger's entity labels make of a phrase with
 * no known head ("le Quai d'Orsay" → a place for its institution). Stateless apart from the
 * document it reads.
 */
final class PhraseHeads {
  private final TokenText t;
  private final SpeechLexicon lexicon;

  PhraseHeads(TokenText t, SpeechLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
  }

  /** What the tagger's labels say a phrase without a known head is: an ORG, or unknown. */
  Form nerForm(int first, int last) {
    for (int k = first; k <= last && !t.isOf(k); k++) {
      if ("ORG".equals(t.ner(k)) && !"DET".equals(t.pos(k))) {
        return Form.ORGANIZATION;
      }
    }
    // "le Quai d'Orsay", "la Place Beauvau": a place name of capitalised words joined by "de"
    // stands for the institution seated there
    boolean place = "LOC".equals(t.ner(last)) && t.capitalised(last);
    for (int k = first; k <= last && place; k++) {
      place = "LOC".equals(t.ner(k)) && (t.capitalised(k) || t.isOf(k) || "DET".equals(t.pos(k)));
    }
    return place ? Form.PLACE : Form.UNKNOWN;
  }

  /**
   * The head noun of the phrase before any complement: its first speaker noun ("Premier ministre
   * arménien" → ministre, "un haut responsable de l'ONU" → responsable, whatever the tagger made of
   * "haut"), else its first noun.
   */
  String headNoun(int first, int last) {
    String firstNoun = null;
    String adjective = null;
    for (int k = first; k <= last; k++) {
      if (t.isOf(k) && !"DET".equals(t.pos(k)) || "ADP".equals(t.pos(k))) {
        break;
      }
      boolean noun = "NOUN".equals(t.pos(k)) && !t.isTitle(k);
      boolean speaker = lexicon.speakerNoun(t.word(k)) != null;
      if ((noun || "PROPN".equals(t.pos(k))) && speaker) {
        return t.lower(k); // "l'Observatoire syrien …" is headed by a speaker noun
      }
      if (noun) {
        adjective = null; // "un ancien assistant": a noun after the adjective heads the phrase
        firstNoun = firstNoun == null ? t.lower(k) : firstNoun;
      } else if ("ADJ".equals(t.pos(k)) && speaker && adjective == null) {
        adjective = t.lower(k); // "un haut responsable", the tagger's noun "haut" before it
      }
    }
    return adjective != null ? adjective : firstNoun;
  }

  /** The gender a title, a determiner or the head noun gives a phrase: 'm', 'f' or '?'. */
  char genderOf(int first, String head, int title) {
    if (title >= 0) {
      return t.feminineTitle(title) ? 'f' : 'm';
    }
    String det = t.lower(first);
    if (det.equals("la") || det.equals("une") || det.equals("cette")) {
      return 'f';
    }
    if (det.equals("le") || det.equals("un") || det.equals("ce")) {
      return 'm';
    }
    // Without a determiner, a masculine noun says nothing of a person's gender: French names women
    // by "professeur", "médecin" or "auteur" too; a feminine one ("directrice") does.
    char gender = head == null ? '?' : lexicon.gender(head);
    return gender == 'f' ? 'f' : '?';
  }

  /** Slavic and Baltic feminine surnames ("Zakharova", "Matvienko" stays unknown). */
  static char nameGender(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    for (String ending : List.of("ova", "eva", "ëva", "ina", "aïa", "aya", "skaïa", "skaya")) {
      if (last.endsWith(ending) && last.length() > ending.length() + 2) {
        return 'f';
      }
    }
    return '?';
  }
}
