package org.vigie.event;

import java.util.List;
import java.util.Locale;
import org.vigie.model.EventModality;

/**
 * Whether a trigger states a fact: the cue words before it in its clause ({@code
 * modality-cues.txt}) make it denied ("n'a pas attaqué", "aucune frappe", "a démenti toute
 * attaque"), hypothetical ("pourrait frapper", "en cas d'attaque"), planned ("va déployer", "la
 * réunion prévue") or demanded ("a appelé à un cessez-le-feu"). The closest cue wins; a clause
 * break (comma, semicolon, colon) ends the look-back; an appeal's second object, its preposition
 * repeated ("appelle à un cessez-le-feu et à des négociations"), is demanded as its first. Without
 * a cue, a verb in the simple future earlier in the clause, or the trigger itself in the future,
 * makes it planned ("se rendront à Tripoli dimanche après s'être rencontrés", "ils manifesteront",
 * see {@link FutureTense}). Stateless.
 */
final class ModalityReader {
  /** Words looked back from a trigger: a clause's verb group and its auxiliaries. */
  static final int WINDOW = 6;

  /** Words read after a noun trigger for a modal verb ("pourrait", "est prévue"). */
  static final int AFTER = 2;

  /** Words looked back from a trigger for a verb in the future: a clause's length. */
  static final int FUTURE_WINDOW = 12;

  /** Words before "et à" that an appeal and its first object may take. */
  static final int COORDINATED_WINDOW = 12;

  /** The words that repeat an appeal's preposition on its next object: "et à", "et aux". */
  private static final java.util.Set<String> REPEATED = java.util.Set.of("à", "au", "aux");

  private final WordPatterns cues;
  private final FutureTense future;

  ModalityReader(WordPatterns cues, FutureTense future) {
    this.cues = cues;
    this.future = future;
  }

  EventModality read(String text, List<Word> words, int triggerWord) {
    int from = triggerWord;
    while (from > 0 && triggerWord - from < WINDOW) {
      Word prev = words.get(from - 1);
      if (breaks(text, prev.end(), words.get(from).start())) {
        break;
      }
      from--;
    }
    List<WordPatterns.Match> found = cues.findAll(words, from, triggerWord);
    if (found.isEmpty()) {
      if (secondObjectOfAnAppeal(text, words, triggerWord)) {
        return EventModality.DEMANDED;
      }
      return inFuture(text, words, triggerWord)
          ? EventModality.PLANNED
          : after(text, words, triggerWord);
    }
    String label = found.get(found.size() - 1).pattern().label();
    return EventModality.valueOf(label.toUpperCase(Locale.ROOT));
  }

  /**
   * The second object of an appeal, its preposition repeated: "appelle à un cessez-le-feu immédiat
   * en Libye et à des négociations", "appelle à deux jours de deuil et à manifester". The appeal is
   * out of the trigger's window, but "et à" ties the trigger to it; the cue must be a demand in the
   * same clause.
   */
  private boolean secondObjectOfAnAppeal(String text, List<Word> words, int triggerWord) {
    for (int et = triggerWord - 1; et >= 1 && triggerWord - et <= 3; et--) {
      if (breaks(text, words.get(et).end(), words.get(et + 1).start())) {
        return false;
      }
      if (words.get(et).form().equals("et") && REPEATED.contains(words.get(et + 1).form())) {
        int from = et;
        while (from > 0
            && et - from < COORDINATED_WINDOW
            && !breaks(text, words.get(from - 1).end(), words.get(from).start())) {
          from--;
        }
        return cues.findAll(words, from, et).stream()
            .anyMatch(m -> m.pattern().label().equals("demanded"));
      }
    }
    return false;
  }

  /** A verb in the future from the trigger back to its clause's start. */
  private boolean inFuture(String text, List<Word> words, int triggerWord) {
    for (int k = triggerWord; k >= 0 && triggerWord - k <= FUTURE_WINDOW; k--) {
      if (future.test(text, words.get(k))) {
        return true;
      }
      if (k > 0 && breaks(text, words.get(k - 1).end(), words.get(k).start())) {
        return false;
      }
    }
    return false;
  }

  /**
   * A modal verb right after a noun trigger: "une offensive pourrait être lancée", "une réunion est
   * prévue". Only supposition and plans are read there: a negation after the trigger belongs to
   * another verb ("les combats n'ont pas cessé").
   */
  private EventModality after(String text, List<Word> words, int triggerWord) {
    int to = Math.min(words.size(), triggerWord + 1 + AFTER);
    for (int k = triggerWord + 1; k < to; k++) {
      if (breaks(text, words.get(k - 1).end(), words.get(k).start())) {
        break;
      }
      WordPatterns.Match m = cues.longestAt(words, k);
      if (m != null
          && (m.pattern().label().equals("hypothetical")
              || m.pattern().label().equals("planned"))) {
        return EventModality.valueOf(m.pattern().label().toUpperCase(Locale.ROOT));
      }
    }
    return EventModality.ASSERTED;
  }

  private static boolean breaks(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == '«' || c == '"') {
        return true;
      }
    }
    return false;
  }
}
