/**
 * Language identification: the interface the engine uses and the stage that sets each article's
 * language. Implementations live in vigie-nlp. Thread-safe.
 */
package org.vigie.language;
