/**
 * Boilerplate removal: which blocks of a page are the article (cues, service notices by class,
 * prose measures, position, lines recurring across the corpus, headline lists and other articles'
 * ledes, topical coherence with the body), and what its header lines say (title, date, dateline,
 * site name, byline). Stateless and thread-safe once built.
 */
package org.vigie.text.boilerplate;
