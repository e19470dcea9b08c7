package org.vigie.store.search;

/** An article like the one asked about; {@code duplicateOf} says when it is a copy. */
public record SimilarArticle(
    String id,
    String title,
    float score,
    String published,
    String outlet,
    String story,
    String duplicateOf) {}
