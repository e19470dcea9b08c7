package org.vigie.model;

import java.util.Objects;

/** The source of a quote: the surface form at the cue and, when resolved, the canonical name. */
public record Speaker(String text, String canonical, SpeakerType type, int start, int end) {
  public Speaker {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    new Span(start, end);
  }
}
