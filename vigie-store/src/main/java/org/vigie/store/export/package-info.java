/**
 * Export of a store's articles, quotes, entities and events as JSON Lines or CSV (RFC 4180: a
 * header, CRLF line ends, fields quoted when they hold a comma, a quote or a line break) for
 * pandas, R and spreadsheets. Streams article by article. Not thread-safe; one export per writer.
 */
package org.vigie.store.export;
