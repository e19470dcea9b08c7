package org.vigie.model;

import java.util.Objects;

/**
 * The source of a quote: the surface form at the cue and, when resolved, the canonical name. {@code
 * evidence} says in a few words how the speaker was resolved ("pronoun → previous speaker", "role →
 * introduced as …", "acronym of …"); never null (empty when a reader of older JSON had none).
 */
public record Speaker(
    String text, String canonical, SpeakerType type, int start, int end, String evidence) {
  public Speaker {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    new Span(start, end);
    evidence = evidence == null ? "" : evidence;
  }

  /** A speaker without a recorded resolution. */
  public Speaker(String text, String canonical, SpeakerType type, int start, int end) {
    this(text, canonical, type, start, end, "");
  }

  /** The same speaker with {@code evidence} as its explanation. */
  public Speaker withEvidence(String evidence) {
    return new Speaker(text, canonical, type, start, end, evidence);
  }
}
