/**
 * Timelines of stored articles: sentences dated by the event and time layers (or by publication
 * when they name no time), days ranked by how many distinct articles point at them, one line per
 * thing that happened with every article that states it, and the renderings (terminal, JSON Lines,
 * Markdown, self-contained HTML) with article text escaped for each medium. Everything here is
 * stateless or immutable, hence thread-safe.
 */
package org.vigie.store.timeline;
