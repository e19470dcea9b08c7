package org.vigie.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.vigie.store.Fields;
import org.vigie.store.Tokens;

/**
 * Which query words also find the other spellings of a name (Karabakh: Karabagh, Karabakgh), and
 * with which name keys. Expanding every word doubled the postings a query walks, for words that are
 * no names ("pour", "attaque", capitalised only at a sentence start); a word is expanded only when
 * the index says it is a name: its keys are indexed and the articles writing it capitalised are at
 * least {@value #NAME_SHARE} of those writing it at all, or it is written in no article (a spelling
 * the store only has in another form: "Khadafi" for "Kadhafi"). The keys found become one
 * constant-score term-set clause. Each test is a term dictionary look-up. Thread-safe.
 */
final class NameKeyExpansion {
  /** The share of a word's articles that must write it capitalised for it to be a name. */
  static final double NAME_SHARE = 0.5;

  private final IndexReader reader;
  private final Analyzer analyzer;

  NameKeyExpansion(IndexReader reader, Analyzer analyzer) {
    this.reader = reader;
    this.analyzer = analyzer;
  }

  /** Words answered on this view, and their clauses (no clause: {@link #NOT_A_NAME}). */
  private final java.util.Map<String, Query> known = new java.util.concurrent.ConcurrentHashMap<>();

  private static final Query NOT_A_NAME = new org.apache.lucene.search.MatchNoDocsQuery();

  /** Words remembered per view: the query words of a day's searches, a few hundred kilobytes. */
  static final int MAX_KNOWN = 20_000;

  /**
   * The name-key clause for {@code word}, or null when it is no name of this index; remembered for
   * the view (the index cannot change under it), since the same words come back query after query.
   */
  Query of(String word) {
    Query q = known.get(word);
    if (q == null) {
      q = lookUp(word);
      if (known.size() < MAX_KNOWN) {
        known.put(word, q == null ? NOT_A_NAME : q);
      }
      return q;
    }
    return q == NOT_A_NAME ? null : q;
  }

  private Query lookUp(String word) {
    List<String> keys = NameKeyTerms.keys(word);
    if (keys.isEmpty()) {
      return null;
    }
    try {
      List<BytesRef> indexed = new ArrayList<>(keys.size());
      int asName = 0;
      for (String k : keys) {
        int df = reader.docFreq(new Term(Fields.NAME_KEY, k));
        if (df > 0) {
          indexed.add(new BytesRef(k));
          asName = Math.max(asName, df);
        }
      }
      if (indexed.isEmpty()) {
        return null;
      }
      List<String> stems = Tokens.of(analyzer, word, 1);
      int written = stems.isEmpty() ? 0 : reader.docFreq(new Term(Fields.TEXT, stems.get(0)));
      if (written > 0 && asName < NAME_SHARE * written) {
        return null;
      }
      return new TermInSetQuery(Fields.NAME_KEY, indexed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
