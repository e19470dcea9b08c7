/**
 * Boilerplate removal: which blocks of a page are the article (cues, prose measures, position,
 * lines recurring across the corpus), and what its header lines say (title, date, dateline, site
 * name, byline). Stateless and thread-safe once built.
 */
package org.vigie.text.boilerplate;
