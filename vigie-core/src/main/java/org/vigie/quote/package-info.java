/**
 * Quotations and their speakers: who said what, directly ("« … », a-t-elle déclaré"), indirectly
 * ("a déclaré que …", "selon lui, …") or both ("a dénoncé une « agression »"). {@link
 * org.vigie.quote.QuoteStage} is the stage; {@link org.vigie.quote.SpeechLexicon} the French
 * reporting verbs (forms from the French lexicon) and speaker nouns; {@link
 * org.vigie.quote.SpeakerNames} the keys that merge spellings of a name across articles. Everything
 * here is immutable or per-document, so one stage serves every thread.
 */
package org.vigie.quote;
