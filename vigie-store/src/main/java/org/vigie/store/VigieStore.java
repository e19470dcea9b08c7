package org.vigie.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.vigie.model.Article;
import org.vigie.store.dedup.MinHasher;
import org.vigie.store.search.ArticleFilter;
import org.vigie.store.search.FilterValues;
import org.vigie.store.search.NamingChoice;
import org.vigie.store.search.SearchRequest;
import org.vigie.store.search.SearchResult;
import org.vigie.store.search.SimilarArticle;
import org.vigie.store.search.StoreSearcher;
import org.vigie.store.search.StorySummary;
import org.vigie.store.story.StoryClusterer;
import org.vigie.store.story.StoryFeatures;

/**
 * A Vigie store: a data directory holding {@value #MARKER} (what makes the directory ours, and the
 * index format: {@link StoreMarker}) and a Lucene index under {@code index/}. {@link #open} reads
 * the last commit; {@link #openForWriting} also takes Lucene's write lock, so a second writer gets
 * a one-line {@link StoreException} instead of a corrupt index.
 *
 * <p>Writing ({@link #put}, {@link #commit}) is for one thread at a time (the ingest sink). The
 * near-duplicate and story state lives in memory ({@link IngestMemory}) and is rebuilt from the
 * index when a writer opens, so it always matches the last commit: a process killed mid-batch loses
 * that batch and nothing else. Reading ({@link StoredArticles}, {@link StoreSearcher}) is
 * thread-safe.
 */
public final class VigieStore implements Closeable {
  /** The file that marks a directory as a Vigie store. */
  public static final String MARKER = StoreMarker.FILE;

  /** A read-only store looks for a newer commit this often at most ({@link CurrentReader}). */
  static final long REFRESH_NANOS = CurrentReader.REFRESH_NANOS;

  /** What {@link #put} did with an article. */
  public enum PutOutcome {
    ADDED,
    REPLACED,
    UNCHANGED
  }

  /**
   * What {@link #put} did: the outcome, the id the article is stored under (the input's, or with a
   * suffix when another file already uses that id), its story and what it duplicates.
   */
  public record Stored(PutOutcome outcome, String id, String story, String duplicateOf) {}

  private final Path dir;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FrenchIndexAnalyzer analyzer = new FrenchIndexAnalyzer();
  // What writing needs (shingle hashing, document building, the near-duplicate and story state)
  // is made for a writer only: a read-only command would spend its start-up building it.
  private final MinHasher minHasher;
  private final ArticleDocuments documents;
  private final CurrentReader reader;
  private final StoredArticles stored;
  private final IngestMemory memory;
  private StoreSearcher readerSearcher;

  /** Whether closing works the incident digest out again ({@link StoreIncidents}). */
  private boolean digestDue;

  private VigieStore(Path dir, FSDirectory directory, IndexWriter writer, StoryClusterer.Config c)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.memory = writer != null ? new IngestMemory(c) : null;
    this.minHasher = writer != null ? new MinHasher() : null;
    this.documents = writer != null ? new ArticleDocuments() : null;
    this.reader =
        new CurrentReader(
            writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory),
            writer != null);
    this.stored = new StoredArticles(dir, this::searcher);
  }

  /** Opens an existing store to read its last commit. */
  public static VigieStore open(Path dir) {
    StoreMarker.check(dir, false);
    try {
      FSDirectory directory = FSDirectory.open(dir.resolve("index"));
      try {
        return new VigieStore(dir, directory, null, StoryClusterer.Config.DEFAULT);
      } catch (IndexNotFoundException e) {
        boolean orphaned = StoreCheck.hasIndexFiles(directory);
        directory.close();
        if (orphaned) {
          throw orphaned(dir);
        }
        throw new StoreException(dir + " holds no articles yet (vigie ingest --data " + dir + ")");
      }
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
  }

  /** Opens (creating if needed) a store to add articles; takes the write lock. */
  public static VigieStore openForWriting(Path dir) {
    return openForWriting(dir, StoryClusterer.Config.DEFAULT);
  }

  public static VigieStore openForWriting(Path dir, StoryClusterer.Config clustering) {
    StoreMarker.check(dir, true);
    FSDirectory directory = null;
    try {
      directory = FSDirectory.open(dir.resolve("index"));
      if (!DirectoryReader.indexExists(directory) && StoreCheck.hasIndexFiles(directory)) {
        // Segments without a commit are a store whose segments_N was lost: creating a fresh index
        // here would delete them. Refuse, and leave them for vigie check or a backup.
        throw orphaned(dir);
      }
      IndexWriterConfig config = new IndexWriterConfig(new FrenchIndexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      // LZ4 rather than DEFLATE: every article page, timeline and bulletin reads stored fields, and
      // DEFLATE's decompression was a fifth of a search's CPU. With the two doc values columns the
      // index is about twice as large (2.0 GB for the 100,000-article bench store).
      config.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED));
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit(); // an empty first commit, so readers find an index at once
      }
      VigieStore store = new VigieStore(dir, directory, writer, clustering);
      store.memory.replay(store.reader.now());
      return store;
    } catch (IOException e) {
      closeQuietly(directory);
      throw StoreErrors.of(dir, e);
    }
  }

  private static StoreException orphaned(Path dir) {
    return new StoreException(
        dir
            + " holds index files but no commit (segments_N is missing): refusing to read or write"
            + " it, so nothing is overwritten; run vigie check --data "
            + dir);
  }

  /** Throws a one-line {@link StoreException} unless {@code dir} is a Vigie store. */
  static void checkIsStore(Path dir) {
    StoreMarker.check(dir, false);
  }

  /**
   * Whether {@code dir} holds a store written in an older on-disk format, which this version
   * refuses to open: its articles must be ingested again.
   */
  public static boolean outdated(Path dir) {
    return StoreMarker.outdated(dir);
  }

  /** The key under which an input document's raw content is known: its id and content hash. */
  public static String rawKey(String id, String content) {
    return id + "|" + Keys.hash(content);
  }

  /** Whether this exact input (same id, same bytes) was stored before: ingest skips it. */
  public boolean knowsRaw(String rawKey) {
    requireWriter();
    return memory.knowsRaw(rawKey);
  }

  /**
   * Adds or replaces an analysed article, marking near-duplicates and assigning its story; {@code
   * rawKey} (may be null) lets the next ingest skip the same input without analysing it. The id it
   * is stored under is {@link IngestMemory#idFor}'s.
   */
  public Stored put(Article article, String rawKey) {
    requireWriter();
    String contentHash = Keys.hash(article.title() + "\n" + article.text());
    String id = memory.idFor(article, contentHash);
    IngestMemory.Entry old = memory.entry(id);
    if (old != null && old.contentHash().equals(contentHash)) {
      memory.rememberRaw(rawKey);
      return new Stored(PutOutcome.UNCHANGED, id, old.story(), null);
    }
    long[] signature = minHasher.signature(ArticleShingles.terms(article.title(), article.text()));
    String original = memory.duplicates.originalOf(signature, id);
    Long day = StoryFeatures.dayOf(article.published());
    StoryFeatures features = StoryFeatures.of(article, day, analyzer);
    features = new StoryFeatures(id, features.terms(), features.entities(), features.day());
    StoryClusterer stories = memory.stories;
    String story;
    if (old != null && old.story() != null) {
      story = old.story(); // a new version of an article stays in its story
      stories.assignTo(features, story, true);
    } else if (original != null && stories.storyOf(original) != null) {
      story = stories.storyOf(original);
      stories.assignTo(features, story, true);
    } else {
      story = stories.assign(features);
    }
    memory.duplicates.add(id, signature, original);
    Article stored = ArticleCodec.withCorpus(article, id, story, original);
    Document doc =
        documents.build(
            stored, memory.nextSeq(), rawKey, contentHash, signature, features.encode());
    try {
      if (old == null) {
        // A new id: nothing to delete, and a delete term per added article would be looked up in
        // every segment at each flush (a large ingest's cost grew with the index).
        writer.addDocument(doc);
      } else {
        writer.updateDocument(new Term(Fields.ID, Keys.term(id)), doc);
      }
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
    String url = article.source().url();
    memory.remember(
        id, new IngestMemory.Entry(contentHash, article.source().path(), url, story), rawKey);
    return new Stored(old == null ? PutOutcome.ADDED : PutOutcome.REPLACED, id, story, original);
  }

  /** Makes everything put so far durable and visible to readers, in one atomic Lucene commit. */
  public void commit() {
    requireWriter();
    try {
      writer.setLiveCommitData(Map.of("seq", Long.toString(memory.seqToCome())).entrySet());
      writer.commit();
      digestDue = true;
      reader.refreshFrom(writer);
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
  }

  /**
   * Merges the index into one segment and commits (Solr's optimize, Elasticsearch's force merge),
   * returning how many segments there were. A query pays a fixed cost per segment for each term it
   * looks up, each postings list it opens and each facet ordinal it maps to the whole index: the
   * 100,000-article bench store's 26 segments of about 4,000 articles made that cost most of a
   * search's CPU. Rewrites the whole index (minutes at 100,000 articles), so it is for the end of a
   * bulk load ({@link CorpusIngest} decides when), not for every small ingest; later ingests add
   * small segments that Lucene's merge policy keeps in check.
   */
  public int compact() {
    requireWriter();
    try {
      int before = searcher().getIndexReader().leaves().size(); // the last commit's
      if (before > 1) {
        writer.forceMerge(1);
        commit();
      }
      // Readying a store for reading includes its incidents, when a store from before digests or
      // a killed ingest left them out of step.
      digestDue |= !StoreIncidents.current(dir);
      return before;
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("store opened read-only: " + dir);
    }
  }

  public Path dir() {
    return dir;
  }

  /** Articles in the last commit (duplicates included). */
  public int size() {
    return reader.get().numDocs();
  }

  public IndexSearcher searcher() {
    return searching().searcher();
  }

  /** One searcher per point-in-time reader, so facet ordinals are built once, not per query. */
  private StoreSearcher searching() {
    DirectoryReader current = reader.get();
    synchronized (this) {
      if (readerSearcher == null || readerSearcher.searcher().getIndexReader() != current) {
        readerSearcher = new StoreSearcher(new IndexSearcher(current), analyzer);
      }
      return readerSearcher;
    }
  }

  /** The stored article with this id. */
  public Optional<Article> article(String id) {
    return stored.article(id);
  }

  /**
   * The stored article with this id as its contract JSON in UTF-8 (what {@code ArticleJson.line}
   * renders of {@link #article}), made without building the article ({@link
   * ArticleCodec#jsonBytes}).
   */
  public Optional<byte[]> articleJson(String id) {
    return stored.articleJson(id);
  }

  static Article read(Document doc, Set<String> layers) {
    return StoredArticles.read(doc, layers);
  }

  /**
   * The Lucene query selecting the articles of a filter and a query text (null or blank: all), as
   * {@link #search} selects them; for corpus-level views that aggregate over the selection.
   */
  public Query selection(ArticleFilter filter, String queryText) {
    return StoreSearcher.filterQuery(
        filter, queryText == null || queryText.isBlank() ? null : searching().parse(queryText));
  }

  /**
   * One line per outlet or event type of the filter that no stored article has, listing the known
   * ones; empty when every value is known (a filter that can match).
   */
  public List<String> unknownFilterValues(ArticleFilter filter) {
    return StoredArticles.reading(dir, () -> FilterValues.unknown(searching(), filter));
  }

  /** Full-text search with filters, facets and highlighted snippets. */
  public SearchResult search(SearchRequest request) {
    return StoredArticles.reading(dir, () -> searching().search(request));
  }

  /** Articles like this one ("more like this"), best first. */
  public List<SimilarArticle> similar(String id, int limit) {
    return StoredArticles.reading(dir, () -> searching().similar(id, limit));
  }

  /**
   * The stored articles that match a filter, sorted by publication date (undated last), at most
   * {@code filter.limit()}: e.g. every article where a speaker is quoted, from March on, for {@code
   * vigie quotes --speaker}.
   */
  public List<Article> articles(ArticleFilter filter) {
    return stored.sorted(filter, false, null);
  }

  /**
   * The same, each article with only the {@code layers} of {@link ArticleCodec#LAYERS} (the others
   * empty): a bulletin over a large store reads hundreds of articles and needs none of their
   * entities.
   */
  public List<Article> articles(ArticleFilter filter, Set<String> layers) {
    return stored.sorted(filter, false, null, layers);
  }

  /**
   * The same, newest first (undated last): when {@code filter.limit()} cuts a large selection, the
   * recent articles are the ones kept.
   */
  public List<Article> newestArticles(ArticleFilter filter) {
    return stored.sorted(filter, true, null);
  }

  /**
   * The same selection, newest first, each article with its events and listing fields only (id,
   * outlet, publication date, copy mark; no text) and the sentence stating each event, read from
   * the events column: an event listing reads no stored article. Articles without events are left
   * out.
   */
  public List<EventColumn.Listed> newestWithEvents(ArticleFilter filter, Query narrow) {
    return stored.newestEvents(filter, narrow);
  }

  /**
   * Every incident of the asserted events of the store in {@code dir}, most recent first, as its
   * last writer worked them out on closing ({@link org.vigie.store.incident.IncidentDigest}), read
   * without opening the index: only the name of its last commit is read, which the digest must
   * bear. Empty when it does not (a writer still open, a store from before digests, no index yet):
   * the caller then opens the store and groups the events itself.
   */
  public static Optional<List<org.vigie.store.incident.IncidentSummary>> incidentDigest(Path dir) {
    StoreMarker.check(dir, false);
    return StoreIncidents.readLatest(dir);
  }

  /** One statement: the quote and the article that reports it. */
  public record Statement(Article article, org.vigie.model.Quote quote) {}

  /**
   * A speaker's statements over time: the quotes whose speaker's canonical name is {@code speaker}
   * (case and accents aside), in articles published between {@code from} and {@code to} (inclusive,
   * {@code null} for open), oldest first, undated last; a statement repeated word for word (a
   * dispatch syndicated by ten outlets) is listed once, from its earliest article. At most {@code
   * limit} articles are read.
   */
  public List<Statement> statements(
      String speaker, java.time.LocalDate from, java.time.LocalDate to, int limit) {
    ArticleFilter filter = new ArticleFilter(speaker, null, null, null, from, to, true, limit);
    return SpeakerStatements.of(speaker, articles(filter));
  }

  /** Every stored article in ingest order, streamed (for export). */
  public void forEach(Consumer<Article> sink) {
    forEach(new org.apache.lucene.search.MatchAllDocsQuery(), true, sink);
  }

  /**
   * The stored articles that {@code selection} matches, in ingest order, streamed; with an empty
   * text unless {@code withText} (a listing of one layer does not need the largest field).
   */
  public void forEach(Query selection, boolean withText, Consumer<Article> sink) {
    forEach(selection, withText, ArticleCodec.LAYERS, sink);
  }

  /**
   * The same, each article with only the {@code layers} of {@link ArticleCodec#LAYERS} (the others
   * empty): the cost of reading a large store is mostly building layers nobody asked for.
   */
  public void forEach(
      Query selection, boolean withText, Set<String> layers, Consumer<Article> sink) {
    stored.forEach(selection, withText, layers, sink);
  }

  /**
   * The articles with events that {@code selection} matches, in ingest order, streamed, each with
   * its events and listing fields only (id, outlet, publication date, copy mark; no text), read
   * from the events column instead of the stored articles.
   */
  public void forEachWithEvents(Query selection, Consumer<Article> sink) {
    stored.forEachWithEvents(selection, sink);
  }

  /** Stories, largest first, with their articles in ingest order. */
  public List<StorySummary> stories() {
    return StoredArticles.reading(dir, () -> searching().stories());
  }

  /** Per-outlet naming choices for the same entity. */
  public List<NamingChoice> namingChoices(int minOutlets) {
    return StoredArticles.reading(dir, () -> searching().namingChoices(minOutlets));
  }

  @Override
  public void close() {
    try {
      reader.close();
      if (writer != null) {
        // Uncommitted work is dropped: only commit() makes a batch durable, so a failed run never
        // leaves half a batch behind.
        writer.rollback();
        if (digestDue) {
          StoreIncidents.refresh(dir, directory);
        }
      }
      directory.close();
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one reported
      }
    }
  }
}
