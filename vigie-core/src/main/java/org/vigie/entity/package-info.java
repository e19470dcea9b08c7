/**
 * Named entities as an analyst reads them: the backend's raw mentions corrected (institutions by
 * their head noun, titles and roles outside names, elided articles split off, country adjectives as
 * attributes), given one canonical name per article, places geocoded with the gazetteer in the
 * article's context, and merged across a corpus with the evidence for each merge.
 */
package org.vigie.entity;
