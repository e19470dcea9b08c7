package org.vigie.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.vigie.store.Fields;
import org.vigie.store.Keys;
import org.vigie.store.StoreException;

/**
 * Queries one point-in-time view of the index: searches (the query text through {@link QueryText},
 * the filters through {@link FilterQueries}, facets through {@link FacetCounter}, the page's hits
 * read through {@link HitDocuments} and highlighted through {@link HitSnippets}), similar articles,
 * stories ({@link StoryListing}) and naming choices ({@link NamingGroups}). Thread-safe.
 */
public final class StoreSearcher {
  public static final int MAX_QUERY_CHARS = 4_000;
  public static final int MAX_QUERY_TERMS = 200;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final QueryText queryText;
  private final FacetCounter facets;
  private final SearchCache cache = new SearchCache();
  private final HitDocuments hitDocuments = new HitDocuments();
  private final HitSnippets snippets;

  public StoreSearcher(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.queryText =
        new QueryText(analyzer, new NameKeyExpansion(searcher.getIndexReader(), analyzer));
    this.facets = new FacetCounter(searcher.getIndexReader());
    this.snippets = new HitSnippets(searcher, analyzer);
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /**
   * The request's hits and facets; a search repeated on this view is answered from a cache unless
   * the system property {@value SearchCache#OFF} is true (to measure the cost of every search).
   */
  public SearchResult search(SearchRequest request) {
    return cache.get(request, this::run);
  }

  private SearchResult run(SearchRequest request) {
    Query text = parse(request.query());
    Query query = filterQuery(request.filter(), text);
    try {
      int ranked = Math.max(1, request.limit());
      // Facet counting collects every match into a bit set: only when facets are asked for.
      FacetsCollectorManager.FacetsResult found =
          request.facetLimit() == 0
              ? null
              : FacetsCollectorManager.search(
                  searcher, query, ranked, new FacetsCollectorManager());
      TopDocs top =
          found != null
              ? found.topDocs()
              : searcher.search(
                  query,
                  // Every match counted, as with facets: the total is exact.
                  new TopScoreDocCollectorManager(ranked, null, Integer.MAX_VALUE));
      // Only the page's hits are read and highlighted; the ones before it are only ranked. Each
      // hit is read from its column (HitDocuments): the highlighter takes the text from there
      // rather than reading the stored document.
      int from = Math.min(request.offset(), top.scoreDocs.length);
      int to = Math.min(request.limit(), top.scoreDocs.length);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, Math.max(from, to));
      int[] pageDocs = new int[page.length];
      for (int i = 0; i < page.length; i++) {
        pageDocs[i] = page[i].doc;
      }
      HitDocuments.HitDocument[] docs = hitDocuments.get(searcher.getIndexReader(), pageDocs);
      Map<Integer, String> texts = new HashMap<>();
      for (int i = 0; i < page.length; i++) {
        texts.put(page[i].doc, docs[i].text());
      }
      String[] marked = new String[page.length];
      if (!(text instanceof MatchAllDocsQuery) && page.length > 0) {
        marked = snippets.of(text, page, texts);
      }
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        HitDocuments.HitDocument doc = docs[i];
        String snippet = marked[i];
        if (snippet == null || snippet.isBlank()) {
          snippet = HitSnippets.lead(doc.text());
        }
        hits.add(
            new SearchResult.Hit(
                doc.id(),
                doc.title(),
                page[i].score,
                snippet.strip(),
                doc.published(),
                doc.outlet(),
                doc.story(),
                doc.duplicateOf()));
      }
      FacetCounter.Counted counted =
          facets.count(found == null ? null : found.facetsCollector(), request.facetLimit());
      return new SearchResult(top.totalHits.value, hits, counted.facets(), counted.approximate());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new StoreException(
          "query too complex: it expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " terms; use fewer wildcards");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facet ordinals of this view, built once; null when no article has a facet value. */
  SortedSetDocValuesReaderState facetState() throws IOException {
    return facets.state();
  }

  /** The query text as a Lucene query; {@code *} or blank is every article. */
  public Query parse(String text) {
    return queryText.parse(text);
  }

  /** The filters as FILTER clauses around {@code text} ({@code null}: every article). */
  public static Query filterQuery(ArticleFilter f, Query text) {
    return FilterQueries.of(f, text);
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

  /** Every story, the largest first (then the earliest seen). */
  public List<StorySummary> stories() {
    return StoryListing.of(searcher);
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
