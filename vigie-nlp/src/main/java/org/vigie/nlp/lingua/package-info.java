/** Lingua behind {@link org.vigie.language.LanguageIdentifier}. Thread-safe. */
package org.vigie.nlp.lingua;
