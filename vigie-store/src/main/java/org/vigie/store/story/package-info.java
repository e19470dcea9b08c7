/**
 * Online story clustering: each new article joins the most similar live story (TF-IDF cosine to the
 * story's centroid, entity overlap, within a time window) or opens a new one, as EMM and Event
 * Registry do. The same {@link org.vigie.store.story.StoryClusterer} serves ingest and {@code vigie
 * eval stories}. Not thread-safe: one ingest feeds it, in input order, so stories are
 * deterministic.
 */
package org.vigie.store.story;
