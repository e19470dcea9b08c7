package org.vigie.linguistic;

import java.util.List;
import java.util.function.Predicate;
import org.vigie.model.Token;

/**
 * Which sentences get a dependency parse. Parsing is the costliest step, and only sentences that
 * report speech (or, later, state an event) need one, so the default parses those alone.
 */
public enum SentenceSelection {
  /** Parse nothing. */
  NONE,
  /** Parse every sentence. */
  ALL,
  /** Parse the sentences the speech-cue detector given to the parse stage marks. */
  SPEECH;

  public boolean selects(List<Token> words, Predicate<List<Token>> speechCue) {
    switch (this) {
      case NONE:
        return false;
      case ALL:
        return true;
      default:
        return speechCue.test(words);
    }
  }
}
