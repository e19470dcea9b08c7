/** The French word-form lexicon interface (lemmas, tags) shared by cleaning and quote rules. */
package org.vigie.lexicon;
