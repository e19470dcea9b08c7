package org.vigie.quote;

/**
 * Who a statement is attributed to and by which words: the speaker phrase, the cue's first and last
 * tokens, and the last token of the whole attribution (cue and phrase).
 */
record Attribution(SpeakerPhrase phrase, int cueFirst, int cueLast, int lastToken) {}
