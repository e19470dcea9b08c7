/**
 * The article's one text: kept blocks joined, rewritten (typography, glued words), checked for
 * damage, with its metadata settled and its map back to the raw input. Thread-safe.
 */
package org.vigie.text.article;
