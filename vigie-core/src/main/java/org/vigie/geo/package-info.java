/**
 * The gazetteer: an embedded, compact index of places (GeoNames cities of 500+ people, countries
 * with their French names and adjectives, a curated list of regions) looked up by {@link
 * org.vigie.names.NameKeys} key, and the rules that choose one place for a name in an article's
 * context. The data file is built by the vigie-gazetteer module; nothing is fetched at run time.
 */
package org.vigie.geo;
