package org.vigie.store.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.vigie.store.Fields;
import org.vigie.store.StoreException;

/**
 * A user's query text as a Lucene query over title and text, bounded ({@value
 * StoreSearcher#MAX_QUERY_CHARS} characters, {@value StoreSearcher#MAX_QUERY_TERMS} terms) and
 * checked for unbalanced quotes before parsing, so a hostile query is a one-line {@link
 * StoreException}, never a hang. Terms are ANDed unless the query says OR; a name also finds its
 * other spellings ({@link NameKeyExpansion}). Thread-safe.
 */
final class QueryText {
  private final Analyzer analyzer;
  private final NameKeyExpansion expansion;

  QueryText(Analyzer analyzer, NameKeyExpansion expansion) {
    this.analyzer = analyzer;
    this.expansion = expansion;
  }

  /** The query text as a Lucene query; {@code *} or blank is every article. */
  Query parse(String queryText) {
    String q = queryText.strip();
    if (q.isEmpty() || q.equals("*")) {
      return new MatchAllDocsQuery();
    }
    int terms = q.split("\\s+").length;
    if (terms > StoreSearcher.MAX_QUERY_TERMS) {
      throw new StoreException(
          "query too long: " + terms + " terms, at most " + StoreSearcher.MAX_QUERY_TERMS);
    }
    if (q.length() > StoreSearcher.MAX_QUERY_CHARS) {
      throw new StoreException(
          "query too long: "
              + q.length()
              + " characters, at most "
              + StoreSearcher.MAX_QUERY_CHARS);
    }
    long quotes = q.chars().filter(c -> c == '"').count();
    if (quotes % 2 != 0) {
      throw new StoreException("unbalanced quotes in query: " + abbreviate(q));
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {Fields.TITLE, Fields.TEXT}, analyzer, Map.of(Fields.TITLE, 2f)) {
          @Override
          protected Query getFieldQuery(String field, String queryText, boolean quoted)
              throws ParseException {
            Query words = super.getFieldQuery(field, queryText, quoted);
            // A name also finds its other spellings (Karabagh, Khadafi); other words are left
            // alone, which keeps a query's cost that of its words (NameKeyExpansion).
            Query names = quoted || field != null ? null : expansion.of(queryText);
            if (names == null || words == null) {
              return words;
            }
            return new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.SHOULD)
                .add(names, BooleanClause.Occur.SHOULD)
                .build();
          }
        };
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(q);
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      String message = String.valueOf(e.getMessage());
      int nl = message.indexOf('\n');
      throw new StoreException(
          "cannot parse query "
              + abbreviate(q)
              + ": "
              + (nl < 0 ? message : message.substring(0, nl)));
    }
  }

  private static String abbreviate(String q) {
    return q.length() <= 60 ? q : q.substring(0, 60) + "…";
  }
}
