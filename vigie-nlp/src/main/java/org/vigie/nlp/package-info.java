/**
 * The linguistic backends behind Vigie's interfaces: Stanford CoreNLP (French models) for words,
 * POS, NER and dependency parses, Lingua for language identification. Nothing outside this module
 * sees their types. All classes are thread-safe.
 */
package org.vigie.nlp;
