/**
 * Daily bulletins (situation reports) of stored articles: incidents of the period with each
 * source's figures side by side, places with a self-contained map, who said what, and the change
 * since the period before; renderings in Markdown, HTML and JSON. Stateless, hence thread-safe.
 */
package org.vigie.store.bulletin;
