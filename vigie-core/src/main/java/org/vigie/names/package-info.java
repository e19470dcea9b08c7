/**
 * Name keys: the folded forms under which spellings and transliterations of one name meet, shared
 * by speakers, entities and the gazetteer.
 */
package org.vigie.names;
