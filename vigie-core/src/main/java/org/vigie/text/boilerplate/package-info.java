/**
 * Boilerplate removal: which blocks of a page are the article (cues, service notices by class,
 * prose measures, position, lines recurring across the corpus, headline lists and other articles'
 * ledes, topical coherence with the body, reader comments without a marker line by the signs of a
 * reader's writing, author bios closing the article), and what its header lines say (title, date,
 * dateline, site name, byline). Stateless and thread-safe once built.
 */
package org.vigie.text.boilerplate;
