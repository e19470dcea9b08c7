/**
 * Reading the store: full-text search with French analysis, filters, facets and highlighted
 * snippets; "more like this"; stories; per-outlet naming choices. Requests and results are
 * immutable records; {@link org.vigie.store.search.StoreSearcher} works on one point-in-time reader
 * and is thread-safe.
 */
package org.vigie.store.search;
