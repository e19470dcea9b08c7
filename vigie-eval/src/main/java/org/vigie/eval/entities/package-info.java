/**
 * Evaluation of named entities: mention-level precision, recall and F1 per type against the seeds'
 * hand-annotated gold (bundled as resources) and POPCORN's proper-name mentions, plus the issue's
 * targeted checks (names, titles, ministries, geocoding). Two systems are scored side by side: the
 * article's entities and the backend's raw mentions of the same run. Not needed at run time; the
 * scorers are pure functions and thread-safe, the runner uses the analyzer it is given.
 */
package org.vigie.eval.entities;
