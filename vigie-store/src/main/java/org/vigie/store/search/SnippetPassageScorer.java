package org.vigie.store.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * Lucene's passage score (BM25 over the passage's distinct query terms, times the norm of its
 * start) without Lucene's way of finding the distinct terms: {@link PassageScorer#score} builds a
 * {@code BytesRefHash}, whose first 32 kB block is allocated and zeroed for every sentence that
 * holds a match, and on pages of a few hundred sentences that was most of a snippet's cost. A
 * passage holds a handful of matches, so comparing each with the ones before it is cheaper; a
 * passage with more than {@value #SCANNED} matches goes to Lucene's way. Same scores, so the same
 * snippets. Stateless, thread-safe.
 */
final class SnippetPassageScorer extends PassageScorer {
  /** Matches above which the pairwise scan would cost more than the hash. */
  static final int SCANNED = 64;

  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    if (n > SCANNED) {
      return super.score(passage, contentLength);
    }
    var terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    double score = 0;
    for (int i = 0; i < n; i++) {
      int before = 0;
      while (before < i && !terms[before].equals(terms[i])) {
        before++;
      }
      if (before < i) {
        continue; // counted with its first match
      }
      int inPassage = 1;
      for (int j = i + 1; j < n; j++) {
        if (terms[j].equals(terms[i])) {
          inPassage++;
        }
      }
      // As Lucene's: the document frequency of the term's first match.
      score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }
}
