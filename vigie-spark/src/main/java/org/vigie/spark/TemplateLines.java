package org.vigie.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.vigie.text.boilerplate.RecurringLines;

/**
 * What the corpus template pass learnt, as data to broadcast: per line key, the number of documents
 * it appears in (only keys seen at least twice), and the number of documents read. Executors turn
 * it back into {@link RecurringLines}. Immutable.
 */
final class TemplateLines implements Serializable {
  private static final long serialVersionUID = 1L;

  static final TemplateLines NONE = new TemplateLines(Map.of(), 0);

  private final HashMap<Long, Integer> documentsWith;
  private final int documents;

  TemplateLines(Map<Long, Integer> documentsWith, int documents) {
    this.documentsWith = new HashMap<>(documentsWith);
    this.documents = documents;
  }

  int documents() {
    return documents;
  }

  int lines() {
    return documentsWith.size();
  }

  /** The boilerplate stage's table; none below the corpus size a template pass needs. */
  RecurringLines recurringLines() {
    return documents < RecurringLines.MIN_CORPUS_DOCUMENTS
        ? RecurringLines.NONE
        : RecurringLines.fromCounts(documentsWith, documents);
  }
}
