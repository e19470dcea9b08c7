package org.vigie.quote;

import org.vigie.model.QuoteKind;
import org.vigie.model.Speaker;

/**
 * A statement found in one document, before its speaker is resolved: its content span, kind, cue
 * tokens and the phrase naming its source. Mutable while the document is read; never shared between
 * documents.
 */
final class Draft {
  int start;
  int end;
  String text;
  QuoteKind kind;
  int cueFirst = -1;
  int cueLast = -1;
  SpeakerPhrase phrase;

  /** The quote this one continues without a cue of its own ("« A. » … « B. »"). */
  Draft continues;

  /** The statement whose speaker a coordinated verb shares ("a déploré … et accusé …"). */
  Draft sharedWith;

  int attributionEnd;
  int documentNoun = -1;
  Speaker speaker;

  int order() {
    return phrase != null ? phrase.start() : start;
  }
}
