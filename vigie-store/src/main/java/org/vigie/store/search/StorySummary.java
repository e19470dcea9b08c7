package org.vigie.store.search;

import java.util.List;

/**
 * A story: its id, title (its first article's, or that article's opening words when it has none),
 * articles in ingest order, outlets, date range (publication dates as stored, {@code null} when
 * none is known) and how many articles are copies.
 */
public record StorySummary(
    String story,
    String title,
    List<String> articles,
    List<String> outlets,
    String first,
    String last,
    int duplicates) {
  public StorySummary {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
  }
}
