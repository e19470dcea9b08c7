package org.vigie.linguistic;

import java.util.List;
import java.util.function.Predicate;
import org.vigie.model.Token;

/**
 * Which sentences get a dependency parse. Parsing is the costliest step, and only sentences that
 * report speech (or, later, state an event) need one, and among those only the ones a later stage
 * asks about, so the default ({@link #ON_DEMAND}) parses those alone.
 */
public enum SentenceSelection {
  /** Parse nothing. */
  NONE,
  /** Parse every sentence. */
  ALL,
  /** Parse the sentences the speech-cue detector given to the parse stage marks. */
  SPEECH,
  /**
   * Parse a sentence {@link #SPEECH} would parse only when a later stage asks for its arcs: the
   * quote stage asks when its word patterns find no subject for a reporting verb, which few
   * sentences need. Same quotes as {@link #SPEECH}, a fraction of the parsing.
   */
  ON_DEMAND;

  /** Whether the selected sentences are parsed by the parse stage itself, before they are asked. */
  public boolean eager() {
    return this != ON_DEMAND;
  }

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
