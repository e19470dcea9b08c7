package org.vigie.ingest;

/** What reading the input yields, one per document: an article to analyse, or why there is none. */
public sealed interface IngestItem permits RawArticle, IngestFailure {
  /** Where the item came from (a path, {@code path:line}, or {@code -} for stdin). */
  String location();
}
