package org.vigie.store.search;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.vigie.store.Fields;
import org.vigie.store.Keys;

/**
 * An {@link ArticleFilter} as FILTER clauses of a Lucene query: speaker and entity in any spelling,
 * outlet, event type, publication period, and originals only unless copies are asked for.
 * Stateless.
 */
public final class FilterQueries {
  private FilterQueries() {}

  /** The filters as FILTER clauses around {@code text} ({@code null}: every article). */
  public static Query of(ArticleFilter f, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
    speaker(b, f.speaker());
    entity(b, f.entity());
    term(b, Fields.OUTLET, f.outlet());
    term(b, Fields.TYPE, f.type());
    if (f.from() != null || f.to() != null) {
      long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (!f.includeDuplicates()) {
      b.add(new TermQuery(new Term(Fields.ORIGINAL, "1")), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The speaker filter: the canonical name folded, or every word of it in any spelling. */
  private static void speaker(BooleanQuery.Builder b, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    boolean any = false;
    for (String word : org.vigie.names.NameKeys.fold(value).split("[ ']+")) {
      Query keys = NameKeyTerms.anyKey(Fields.SPEAKER_KEY, word);
      if (keys != null) {
        words.add(keys, BooleanClause.Occur.MUST);
        any = true;
      }
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(
        new TermQuery(new Term(Fields.SPEAKER, Keys.fold(value))), BooleanClause.Occur.SHOULD);
    if (any) {
      either.add(words.build(), BooleanClause.Occur.SHOULD);
    }
    b.add(either.build(), BooleanClause.Occur.FILTER);
  }

  /** The entity filter: the name given, or the place it names in any spelling or exonym. */
  private static void entity(BooleanQuery.Builder b, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    BooleanQuery.Builder names = new BooleanQuery.Builder();
    for (String name : EntityNames.folded(value)) {
      names.add(new TermQuery(new Term(Fields.ENTITY, name)), BooleanClause.Occur.SHOULD);
    }
    b.add(names.build(), BooleanClause.Occur.FILTER);
  }

  private static void term(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, Keys.fold(value))), BooleanClause.Occur.FILTER);
    }
  }
}
