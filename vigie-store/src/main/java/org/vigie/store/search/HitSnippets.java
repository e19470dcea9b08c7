package org.vigie.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.vigie.store.Fields;

/**
 * Snippets of the hits of one page: the words of the query alone, marked from the postings' offsets
 * in the texts already read ({@link HitDocuments}). The filters (dates, outlet, the name keys of
 * other fields) mark nothing in the text, and matching them per hit would cost term lookups the
 * snippet does not use. A hit without a marked passage shows its text's opening. Thread-safe.
 */
final class HitSnippets {
  static final int SNIPPET_CHARS = 240;

  /**
   * Longest text a snippet is looked for in: the opening of a long page (its first pages of print).
   * The highlighter scores a passage per match, and a liveblog of a million characters matching a
   * common word thousands of times cost a search more than all its other hits.
   */
  static final int HIGHLIGHT_CHARS = 20_000;

  private static final SnippetPassageScorer SCORER = new SnippetPassageScorer();

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private volatile UnifiedHighlighter.OffsetSource textOffsets;

  HitSnippets(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /** The snippets of {@code page}'s hits, in order, whose texts are {@code texts} by doc id. */
  String[] of(Query text, ScoreDoc[] page, Map<Integer, String> texts) throws IOException {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
            .withMaxLength(HIGHLIGHT_CHARS)
            .withScorer(SCORER)
            .withBreakIterator(SentenceBreaks::new)
            .withWeightMatches(false);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(builder) {
          @Override
          protected OffsetSource getOffsetSource(String field) {
            // Found once per view: finding it merges the field infos of every segment.
            OffsetSource found = textOffsets;
            if (found == null) {
              found = super.getOffsetSource(field);
              textOffsets = found;
            }
            return found;
          }

          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator docIter, int threshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = docIter.nextDoc()) {
              CharSequence[] row = new CharSequence[fields.length];
              Arrays.fill(row, texts.getOrDefault(doc, ""));
              values.add(row);
            }
            return values;
          }
        };
    TopDocs shown = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    return highlighter.highlight(Fields.TEXT, text, shown, 2);
  }

  /** The opening of a text, at most {@value #SNIPPET_CHARS} characters: a snippet of no match. */
  static String lead(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + " …";
  }
}
