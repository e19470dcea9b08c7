/**
 * The corpus: an embedded Apache Lucene index of analysed articles in a data directory, fed by an
 * idempotent, crash-safe ingest ({@link org.vigie.store.CorpusIngest}) and read by search, story,
 * export and corpus views ({@link org.vigie.store.VigieStore}). One process writes at a time
 * (Lucene's write lock); any number read the last commit. {@code VigieStore} is thread-safe for
 * reads; writes go through one ingest at a time.
 */
package org.vigie.store;
