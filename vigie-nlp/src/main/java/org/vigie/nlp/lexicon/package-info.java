/**
 * {@link org.vigie.lexicon.Lexicon} over LanguageTool's french-pos-dict (a Morfologik FSA of the
 * Dicollecte / Grammalecte lexicon, CC BY-SA 4.0). The dictionary is loaded once per JVM on first
 * use; the lexicon is immutable and thread-safe.
 */
package org.vigie.nlp.lexicon;
