/**
 * Story clustering quality: B-cubed precision, recall and F1 on French headline clusters
 * (news-clusters-fr) against a plain TF-IDF single-link baseline and a batch average-link reference
 * (what word overlap reaches with every headline in view), and topic purity on ML-Crisis. Runs the
 * store's own {@link org.vigie.store.story.StoryClusterer}. Not thread-safe; one run at a time.
 */
package org.vigie.eval.stories;
