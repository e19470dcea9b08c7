package org.vigie.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
import org.vigie.store.ArticleDocuments;
import org.vigie.store.Fields;
import org.vigie.store.Keys;
import org.vigie.store.StoreException;

/**
 * Queries one point-in-time view of the index. Query text is bounded ({@value #MAX_QUERY_CHARS}
 * characters, {@value #MAX_QUERY_TERMS} terms) and checked for unbalanced quotes before parsing, so
 * a hostile query is a one-line {@link StoreException}, never a hang. Terms are ANDed unless the
 * query says OR. Thread-safe.
 */
public final class StoreSearcher {
  public static final int MAX_QUERY_CHARS = 4_000;
  public static final int MAX_QUERY_TERMS = 200;
  static final int SNIPPET_CHARS = 240;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final NameKeyExpansion expansion;
  private SortedSetDocValuesReaderState facetState;
  private boolean facetStateTried;
  private final SearchCache cache = new SearchCache();
  private final HitDocuments hitDocuments = new HitDocuments(HIGHLIGHT_CHARS);
  private volatile UnifiedHighlighter.OffsetSource textOffsets;

  public StoreSearcher(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.expansion = new NameKeyExpansion(searcher.getIndexReader(), analyzer);
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** The request's hits and facets; a search repeated on this view is answered from a cache. */
  public SearchResult search(SearchRequest request) {
    return cache.get(request, this::run);
  }

  private SearchResult run(SearchRequest request) {
    Query text = parse(request.query());
    Query query = filterQuery(request.filter(), text);
    try {
      // Facet counting collects every match into a bit set: only when facets are asked for.
      FacetsCollectorManager.FacetsResult found =
          request.facetLimit() == 0
              ? null
              : FacetsCollectorManager.search(
                  searcher, query, Math.max(1, request.limit()), new FacetsCollectorManager());
      TopDocs top =
          found != null
              ? found.topDocs()
              : searcher.search(
                  query,
                  // Every match counted, as with facets: the total is exact.
                  new org.apache.lucene.search.TopScoreDocCollectorManager(
                      Math.max(1, request.limit()), null, Integer.MAX_VALUE));
      // Each hit's stored fields are read once per view (HitDocuments): the highlighter takes the
      // text from there rather than reading the document a second time.
      int shown = Math.min(request.limit(), top.scoreDocs.length);
      StoredFields stored = searcher.storedFields();
      HitDocuments.HitDocument[] docs = new HitDocuments.HitDocument[shown];
      Map<Integer, String> texts = new java.util.HashMap<>();
      for (int i = 0; i < shown; i++) {
        docs[i] = hitDocuments.get(stored, top.scoreDocs[i].doc);
        texts.put(top.scoreDocs[i].doc, docs[i].text());
      }
      String[] snippets = new String[shown];
      if (!(text instanceof MatchAllDocsQuery) && shown > 0) {
        snippets = highlight(text, top, shown, texts);
      }
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < shown; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        HitDocuments.HitDocument doc = docs[i];
        String snippet = snippets[i];
        if (snippet == null || snippet.isBlank()) {
          snippet = lead(doc.text());
        }
        hits.add(
            new SearchResult.Hit(
                doc.id(),
                doc.title(),
                sd.score,
                snippet.strip(),
                doc.published(),
                doc.outlet(),
                doc.story(),
                doc.duplicateOf()));
      }
      return new SearchResult(top.totalHits.value, hits, facets(found, request.facetLimit()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new StoreException(
          "query too complex: it expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " terms; use fewer wildcards");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a similar article lists: no text (a stored text is the costliest field to read). */
  private static final Set<String> SIMILAR_FIELDS =
      Set.of(
          Fields.ID,
          Fields.TITLE,
          Fields.PUBLISHED,
          Fields.OUTLET_NAME,
          Fields.STORY,
          Fields.DUPLICATE_OF);

  /**
   * Longest text a snippet is looked for in: the opening of a long page (its first pages of print).
   * The highlighter scores a passage per match, and a liveblog of a million characters matching a
   * common word thousands of times cost a search more than all its other hits.
   */
  static final int HIGHLIGHT_CHARS = 20_000;

  /**
   * Snippets of the first {@code shown} hits: the words of the query alone, marked from the
   * postings' offsets in the texts already read. The filters (dates, outlet, the name keys of other
   * fields) mark nothing in the text, and matching them per hit would cost term lookups the snippet
   * does not use.
   */
  private String[] highlight(Query text, TopDocs top, int shown, Map<Integer, String> texts)
      throws IOException {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", false))
            .withMaxLength(HIGHLIGHT_CHARS)
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
              String[] fields, org.apache.lucene.search.DocIdSetIterator docIter, int threshold)
              throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc();
                doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                doc = docIter.nextDoc()) {
              CharSequence[] row = new CharSequence[fields.length];
              java.util.Arrays.fill(row, texts.getOrDefault(doc, ""));
              values.add(row);
            }
            return values;
          }
        };
    TopDocs first = new TopDocs(top.totalHits, java.util.Arrays.copyOf(top.scoreDocs, shown));
    return highlighter.highlight(Fields.TEXT, text, first, 2);
  }

  /** The first sentence of a text, at most {@value #TITLE_CHARS} characters, cut at a word. */
  static String opening(String text) {
    if (text == null) {
      return "";
    }
    String t = text.strip();
    int end = t.length();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n') && i > 20) {
        end = i;
        break;
      }
    }
    if (end > TITLE_CHARS) {
      int space = t.lastIndexOf(' ', TITLE_CHARS);
      return t.substring(0, space > 20 ? space : TITLE_CHARS) + " …";
    }
    return t.substring(0, end);
  }

  static final int TITLE_CHARS = 100;

  private static String lead(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + " …";
  }

  private Map<String, List<SearchResult.FacetCount>> facets(
      FacetsCollectorManager.FacetsResult found, int limit) throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    if (limit == 0 || found == null) {
      return out;
    }
    SortedSetDocValuesReaderState state = facetState();
    if (state == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, found.facetsCollector());
    for (String dim : ArticleDocuments.FACETS) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      FacetResult result;
      try {
        result = facets.getTopChildren(limit, dim);
      } catch (IllegalArgumentException e) {
        result = null; // no article has this dimension yet
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.add(new SearchResult.FacetCount(lv.label, lv.value.intValue()));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  /** The facet ordinals of this view, built once; null when no article has a facet value. */
  synchronized SortedSetDocValuesReaderState facetState() throws IOException {
    if (!facetStateTried) {
      facetStateTried = true;
      try {
        facetState =
            new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig());
      } catch (IllegalArgumentException e) {
        facetState = null; // an index with no facet values at all
      }
    }
    return facetState;
  }

  private static org.apache.lucene.facet.FacetsConfig facetsConfig() {
    org.apache.lucene.facet.FacetsConfig config = new org.apache.lucene.facet.FacetsConfig();
    for (String dim : ArticleDocuments.FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  /** The query text as a Lucene query; {@code *} or blank is every article. */
  public Query parse(String queryText) {
    String q = queryText.strip();
    if (q.isEmpty() || q.equals("*")) {
      return new MatchAllDocsQuery();
    }
    int terms = q.split("\\s+").length;
    if (terms > MAX_QUERY_TERMS) {
      throw new StoreException("query too long: " + terms + " terms, at most " + MAX_QUERY_TERMS);
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new StoreException(
          "query too long: " + q.length() + " characters, at most " + MAX_QUERY_CHARS);
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

  /** The filters as FILTER clauses around {@code text} ({@code null}: every article). */
  public static Query filterQuery(ArticleFilter f, Query text) {
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

  /** Articles most like the one with this id, itself excluded. */
  public List<SimilarArticle> similar(String id, int limit) {
    try {
      TopDocs self = searcher.search(new TermQuery(new Term(Fields.ID, Keys.term(id))), 1);
      if (self.scoreDocs.length == 0) {
        throw new StoreException("no article with id " + id + " in the store");
      }
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {Fields.TITLE, Fields.TEXT});
      mlt.setMinTermFreq(1);
      // A term found in this article only cannot find another one: ask for terms shared at least
      // once, the rarest first.
      mlt.setMinDocFreq(2);
      mlt.setMaxQueryTerms(40);
      Query like = mlt.like(self.scoreDocs[0].doc);
      BooleanQuery query =
          new BooleanQuery.Builder()
              .add(like, BooleanClause.Occur.MUST)
              .add(new TermQuery(new Term(Fields.ID, Keys.term(id))), BooleanClause.Occur.MUST_NOT)
              .build();
      TopDocs top = searcher.search(query, Math.max(1, limit));
      StoredFields stored = searcher.storedFields();
      List<SimilarArticle> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc, SIMILAR_FIELDS);
        out.add(
            new SimilarArticle(
                doc.get(Fields.ID),
                doc.get(Fields.TITLE),
                sd.score,
                doc.get(Fields.PUBLISHED),
                doc.get(Fields.OUTLET_NAME),
                doc.get(Fields.STORY),
                doc.get(Fields.DUPLICATE_OF)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Set<String> STORY_FIELDS =
      Set.of(
          Fields.ID,
          Fields.SEQ,
          Fields.TITLE,
          Fields.STORY,
          Fields.PUBLISHED,
          Fields.OUTLET_NAME,
          Fields.DUPLICATE_OF);

  /** Every story, the largest first (then the earliest seen). */
  public List<StorySummary> stories() {
    final class Acc {
      final long firstSeq;
      String title;
      int titleDoc;
      long titleSeq = Long.MAX_VALUE;
      final List<long[]> order = new ArrayList<>();
      final List<String> ids = new ArrayList<>();
      final Set<String> outlets = new LinkedHashSet<>();
      String first;
      String last;
      int duplicates;

      Acc(long seq) {
        firstSeq = seq;
      }
    }
    Map<String, Acc> byStory = new HashMap<>();
    try {
      IndexReader reader = searcher.getIndexReader();
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = stored.document(d, STORY_FIELDS);
          String story = doc.get(Fields.STORY);
          if (story == null) {
            continue;
          }
          long seq = doc.getField(Fields.SEQ).numericValue().longValue();
          Acc acc = byStory.computeIfAbsent(story, k -> new Acc(seq));
          acc.order.add(new long[] {seq, acc.ids.size()});
          acc.ids.add(doc.get(Fields.ID));
          if (seq < acc.titleSeq) {
            acc.titleSeq = seq;
            acc.title = doc.get(Fields.TITLE);
            acc.titleDoc = leaf.docBase + d;
          }
          if (doc.get(Fields.OUTLET_NAME) != null) {
            acc.outlets.add(doc.get(Fields.OUTLET_NAME));
          }
          String published = doc.get(Fields.PUBLISHED);
          if (published != null) {
            if (acc.first == null || published.compareTo(acc.first) < 0) {
              acc.first = published;
            }
            if (acc.last == null || published.compareTo(acc.last) > 0) {
              acc.last = published;
            }
          }
          if (doc.get(Fields.DUPLICATE_OF) != null) {
            acc.duplicates++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A story whose first article has no title is named by that article's opening words.
    try {
      StoredFields stored = searcher.storedFields();
      for (Acc acc : byStory.values()) {
        if (acc.title == null || acc.title.isBlank()) {
          acc.title = opening(stored.document(acc.titleDoc, Set.of(Fields.TEXT)).get(Fields.TEXT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map.Entry<String, Acc>> entries = new ArrayList<>(byStory.entrySet());
    entries.sort(
        (a, b) -> {
          int bySize = Integer.compare(b.getValue().ids.size(), a.getValue().ids.size());
          if (bySize != 0) {
            return bySize;
          }
          int bySeq = Long.compare(a.getValue().titleSeq, b.getValue().titleSeq);
          return bySeq != 0 ? bySeq : a.getKey().compareTo(b.getKey());
        });
    List<StorySummary> out = new ArrayList<>(entries.size());
    for (Map.Entry<String, Acc> e : entries) {
      Acc acc = e.getValue();
      acc.order.sort((x, y) -> Long.compare(x[0], y[0]));
      List<String> ids = new ArrayList<>(acc.ids.size());
      for (long[] o : acc.order) {
        ids.add(acc.ids.get((int) o[1]));
      }
      out.add(
          new StorySummary(
              e.getKey(),
              acc.title,
              ids,
              new ArrayList<>(acc.outlets),
              acc.first,
              acc.last,
              acc.duplicates));
    }
    return out;
  }

  /**
   * Entities that outlets name differently. Names are grouped when their folded letters are equal
   * or within a small edit distance (one edit from 5 letters, two from 9: "Pachinian" / "Pashinyan"
   * / "Pachinyan"), within one entity type; a group is kept when it has two forms or more across at
   * least {@code minOutlets} outlets. Copies are skipped (they would count one outlet's choice
   * twice). Exonyms that share no letters (Artsakh / Haut-Karabakh) are not found this way.
   */
  public List<NamingChoice> namingChoices(int minOutlets) {
    return new NamingGroups(searcher.getIndexReader()).choices(minOutlets);
  }
}
