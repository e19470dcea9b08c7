package org.vigie.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.model.Article;
import org.vigie.store.dedup.DuplicateIndex;
import org.vigie.store.dedup.MinHasher;
import org.vigie.store.search.ArticleFilter;
import org.vigie.store.search.FilterValues;
import org.vigie.store.search.NameKeyTerms;
import org.vigie.store.search.NamingChoice;
import org.vigie.store.search.SearchRequest;
import org.vigie.store.search.SearchResult;
import org.vigie.store.search.SimilarArticle;
import org.vigie.store.search.StoreSearcher;
import org.vigie.store.search.StorySummary;
import org.vigie.store.story.StoryClusterer;
import org.vigie.store.story.StoryFeatures;

/**
 * A Vigie store: a data directory holding {@value #MARKER} (what makes the directory ours) and a
 * Lucene index under {@code index/}. {@link #open} reads the last commit; {@link #openForWriting}
 * also takes Lucene's write lock, so a second writer gets a one-line {@link StoreException} instead
 * of a corrupt index. A directory that exists, holds files and has no marker is someone else's:
 * refused, never written to.
 *
 * <p>Writing ({@link #put}, {@link #commit}) is for one thread at a time (the ingest sink). The
 * near-duplicate and story state lives in memory and is rebuilt from the index when a writer opens,
 * so it always matches the last commit: a process killed mid-batch loses that batch and nothing
 * else. Reading is thread-safe.
 */
public final class VigieStore implements Closeable {
  /** The file that marks a directory as a Vigie store. */
  public static final String MARKER = "vigie-store.json";

  static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** What the store holds on one article for ingest decisions. */
  private record Entry(String contentHash, String path, String url, String story) {}

  private final Path dir;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final FrenchIndexAnalyzer analyzer = new FrenchIndexAnalyzer();
  private final MinHasher minHasher = new MinHasher();
  private final ArticleDocuments documents = new ArticleDocuments();
  private volatile DirectoryReader reader;
  private StoreSearcher readerSearcher;

  /** A read-only store looks for a newer commit (another process's ingest) this often at most. */
  static final long REFRESH_NANOS = 1_000_000_000L;

  /**
   * A replaced reader stays open this long: a search that took it before the swap finishes on it
   * (every server request has a deadline far shorter), then it is closed; at most {@link
   * #MAX_RETIRED} stay open, so a long ingest committing often does not pile them up.
   */
  static final long RETIRE_NANOS = 10L * 60 * 1_000_000_000L;

  static final int MAX_RETIRED = 16;

  private final java.util.concurrent.atomic.AtomicLong checkedAt =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
  private final java.util.ArrayDeque<Retired> retired = new java.util.ArrayDeque<>();

  private record Retired(DirectoryReader reader, long at) {}

  // Writer state, rebuilt from the index at open.
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, String> idByUrl = new HashMap<>();
  private final Set<String> rawKeys = new HashSet<>();
  private final DuplicateIndex duplicates = new DuplicateIndex();
  private final StoryClusterer stories;
  private long nextSeq;

  private VigieStore(Path dir, FSDirectory directory, IndexWriter writer, StoryClusterer.Config c)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.stories = new StoryClusterer(c);
    this.reader = writer != null ? DirectoryReader.open(writer) : DirectoryReader.open(directory);
  }

  /** Opens an existing store to read its last commit. */
  public static VigieStore open(Path dir) {
    checkOurs(dir, false);
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
    checkOurs(dir, true);
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
      config.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION));
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit(); // an empty first commit, so readers find an index at once
      }
      VigieStore store = new VigieStore(dir, directory, writer, clustering);
      store.replay();
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
    checkOurs(dir, false);
  }

  private static void checkOurs(Path dir, boolean create) {
    Path marker = dir.resolve(MARKER);
    if (Files.isRegularFile(marker)) {
      try {
        JsonNode node = JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8));
        if (!"vigie-store".equals(node.path("kind").asText())
            || node.path("format").asInt() != FORMAT) {
          throw new StoreException(
              marker
                  + " is not a format "
                  + FORMAT
                  + " Vigie store marker; refusing to use "
                  + dir);
        }
      } catch (IOException e) {
        throw new StoreException(marker + " is not readable: " + e.getMessage(), e);
      }
      if (create && !Files.isWritable(dir)) {
        throw new StoreException(dir + " is not writable (read-only store)");
      }
      return;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(dir + " is a file, not a data directory");
    }
    if (!create) {
      throw new StoreException(
          dir + " is not a Vigie store (no " + MARKER + "); vigie ingest --data DIR creates one");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.findAny().isPresent()) {
          throw new StoreException(
              dir
                  + " is not empty and not a Vigie store (no "
                  + MARKER
                  + "); refusing to write"
                  + " into it");
        }
      } catch (IOException e) {
        throw StoreErrors.of(dir, e);
      }
    }
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(MARKER + ".tmp");
      Files.writeString(
          tmp, "{\"kind\":\"vigie-store\",\"format\":" + FORMAT + "}\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
  }

  /** Rebuilds the writer's memory from the index: keys, signatures, stories, in ingest order. */
  private void replay() throws IOException {
    record Row(long seq, String id, String raw, Entry entry, long[] sig, String dup, String feat) {}
    List<Row> rows = new ArrayList<>();
    Set<String> wanted =
        Set.of(
            Fields.ID,
            Fields.SEQ,
            Fields.RAW,
            Fields.CONTENT_HASH,
            Fields.PATH,
            Fields.URL,
            Fields.STORY,
            Fields.DUPLICATE_OF,
            Fields.SIGNATURE,
            Fields.FEATURES);
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        Document doc = stored.document(d, wanted);
        BytesRef sig = doc.getBinaryValue(Fields.SIGNATURE);
        rows.add(
            new Row(
                doc.getField(Fields.SEQ).numericValue().longValue(),
                doc.get(Fields.ID),
                doc.get(Fields.RAW),
                new Entry(
                    doc.get(Fields.CONTENT_HASH),
                    doc.get(Fields.PATH),
                    doc.get(Fields.URL),
                    doc.get(Fields.STORY)),
                sig == null ? null : ArticleDocuments.longs(sig),
                doc.get(Fields.DUPLICATE_OF),
                doc.get(Fields.FEATURES)));
      }
    }
    rows.sort(Comparator.comparingLong(Row::seq));
    for (Row r : rows) {
      entries.put(r.id(), r.entry());
      if (r.entry().url() != null) {
        idByUrl.put(r.entry().url(), r.id());
      }
      if (r.raw() != null) {
        rawKeys.add(r.raw());
      }
      duplicates.add(r.id(), r.sig(), r.dup());
      stories.assignTo(StoryFeatures.decode(r.id(), r.feat()), r.entry().story(), true);
      nextSeq = Math.max(nextSeq, r.seq() + 1);
    }
  }

  /** The key under which an input document's raw content is known: its id and content hash. */
  public static String rawKey(String id, String content) {
    return id + "|" + Keys.hash(content);
  }

  /** Whether this exact input (same id, same bytes) was stored before: ingest skips it. */
  public boolean knowsRaw(String rawKey) {
    return rawKeys.contains(rawKey);
  }

  /**
   * Adds or replaces an analysed article, marking near-duplicates and assigning its story; {@code
   * rawKey} (may be null) lets the next ingest skip the same input without analysing it.
   *
   * <p>Identity: the same URL, or the same id from the same file (or an explicit id from JSON
   * Lines), is the same article, replaced when its content changed. Two different files that happen
   * to share a name ({@code syria/2013-02-02/ext_10.txt} and {@code egypt/.../ext_10.txt}) are two
   * articles: the second gets a suffix from its path.
   */
  public Stored put(Article article, String rawKey) {
    requireWriter();
    String contentHash = Keys.hash(article.title() + "\n" + article.text());
    String url = article.source().url();
    String path = article.source().path();
    String id = article.id();
    if (url != null && idByUrl.containsKey(url)) {
      id = idByUrl.get(url);
    } else if (entries.containsKey(id)
        && !entries.get(id).contentHash().equals(contentHash)
        && !sameOrigin(entries.get(id), article)) {
      id = article.id() + "~" + Keys.hash(String.valueOf(path)).substring(0, 6);
    }
    Entry old = entries.get(id);
    if (old != null && old.contentHash().equals(contentHash)) {
      if (rawKey != null) {
        rawKeys.add(rawKey);
      }
      return new Stored(PutOutcome.UNCHANGED, id, old.story(), null);
    }
    long[] signature = minHasher.signature(ArticleShingles.terms(article.title(), article.text()));
    String original = duplicates.originalOf(signature, id);
    Long day = StoryFeatures.dayOf(article.published());
    StoryFeatures features = StoryFeatures.of(article, day, analyzer);
    features = new StoryFeatures(id, features.terms(), features.entities(), features.day());
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
    duplicates.add(id, signature, original);
    Article stored = ArticleCodec.withCorpus(article, id, story, original);
    long seq = nextSeq++;
    Document doc = documents.build(stored, seq, rawKey, contentHash, signature, features.encode());
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
    entries.put(id, new Entry(contentHash, path, url, story));
    if (url != null) {
      idByUrl.put(url, id);
    }
    if (rawKey != null) {
      rawKeys.add(rawKey);
    }
    return new Stored(old == null ? PutOutcome.ADDED : PutOutcome.REPLACED, id, story, original);
  }

  private static boolean sameOrigin(Entry entry, Article article) {
    String path = article.source().path();
    if (path == null || entry.path() == null) {
      return true;
    }
    if (path.equals(entry.path())) {
      return true;
    }
    // An id the input stated (JSON Lines) names the article wherever it comes from; an id made
    // from a file name only names that file.
    return !fileNamed(article.id(), path);
  }

  private static boolean fileNamed(String id, String path) {
    String file = Path.of(path).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return (dot <= 0 ? file : file.substring(0, dot)).equals(id);
  }

  /** Makes everything put so far durable and visible to readers, in one atomic Lucene commit. */
  public void commit() {
    requireWriter();
    try {
      writer.setLiveCommitData(Map.of("seq", Long.toString(nextSeq)).entrySet());
      writer.commit();
      DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
      if (fresh != null) {
        swap(fresh);
      }
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
    return searching().searcher().getIndexReader().numDocs();
  }

  public IndexSearcher searcher() {
    return searching().searcher();
  }

  /** One searcher per point-in-time reader, so facet ordinals are built once, not per query. */
  private StoreSearcher searching() {
    refreshIfStale();
    synchronized (this) {
      if (readerSearcher == null || readerSearcher.searcher().getIndexReader() != reader) {
        readerSearcher = new StoreSearcher(new IndexSearcher(reader), analyzer);
      }
      return readerSearcher;
    }
  }

  /**
   * A store opened read-only (a server beside a separate {@code vigie ingest}) sees commits made
   * since it opened: at most once per {@link #REFRESH_NANOS}, a newer commit replaces the reader. A
   * store opened for writing sees its own commits at once ({@link #commit}).
   */
  private void refreshIfStale() {
    if (writer != null) {
      return;
    }
    // One thread looks for a new commit, outside the store's lock: the others go on searching the
    // reader they have meanwhile instead of queueing behind a directory listing.
    long now = System.nanoTime();
    long last = checkedAt.get();
    if (now - last < REFRESH_NANOS || !checkedAt.compareAndSet(last, now)) {
      return;
    }
    try {
      DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
      if (fresh != null) {
        swap(fresh);
      }
    } catch (IOException e) {
      // A commit being written or a file gone: keep serving the reader we have, retry later.
    }
  }

  /** Makes {@code fresh} the reader; the old one is closed once no search can still be on it. */
  private synchronized void swap(DirectoryReader fresh) throws IOException {
    long now = System.nanoTime();
    retired.addLast(new Retired(reader, now));
    reader = fresh;
    while (!retired.isEmpty()
        && (retired.size() > MAX_RETIRED || now - retired.peekFirst().at() > RETIRE_NANOS)) {
      retired.pollFirst().reader().close();
    }
  }

  /** The stored article with this id. */
  public Optional<Article> article(String id) {
    return storedById(id, null, VigieStore::read);
  }

  /**
   * The stored article with this id as its contract JSON (what {@code ArticleJson.line} renders of
   * {@link #article}), made without building the article ({@link ArticleCodec#json}).
   */
  public Optional<String> articleJson(String id) {
    return storedById(
        id, JSON_AND_TEXT, doc -> ArticleCodec.json(doc.get(Fields.JSON), doc.get(Fields.TEXT)));
  }

  /** The stored fields of the article with this id ({@code fields}, or all when null), rendered. */
  private <T> Optional<T> storedById(String id, Set<String> fields, Function<Document, T> render) {
    return reading(
        () -> {
          IndexSearcher searcher = searcher();
          TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, Keys.term(id))), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          int doc = top.scoreDocs[0].doc;
          StoredFields stored = searcher.storedFields();
          return Optional.of(
              render.apply(fields == null ? stored.document(doc) : stored.document(doc, fields)));
        });
  }

  private static final Set<String> JSON_AND_TEXT = Set.of(Fields.JSON, Fields.TEXT);

  /** A read of the index that may meet a damaged file. */
  private interface IndexRead<T> {
    T get() throws IOException;
  }

  /**
   * Runs a read, turning what a damaged index throws (Lucene's CorruptIndexException, a zip
   * DataFormatException from a flipped bit in compressed stored fields, unreadable JSON) into one
   * line naming the store and what to do, before anything of the damaged record is written.
   */
  private <T> T reading(IndexRead<T> read) {
    try {
      return read.get();
    } catch (IOException e) {
      throw StoreDamage.of(dir, null, e);
    } catch (UncheckedIOException e) {
      throw StoreDamage.of(dir, null, e.getCause());
    } catch (RuntimeException e) {
      if (StoreDamage.isDamage(e)) {
        throw StoreDamage.of(dir, null, e);
      }
      throw e;
    }
  }

  static Article read(Document doc) {
    return ArticleCodec.read(doc.get(Fields.JSON), doc.get(Fields.TEXT));
  }

  static Article read(Document doc, Set<String> layers) {
    return layers.containsAll(ArticleCodec.LAYERS)
        ? read(doc)
        : ArticleCodec.read(doc.get(Fields.JSON), doc.get(Fields.TEXT), layers);
  }

  /** Full-text search with filters, facets and highlighted snippets. */
  /**
   * The Lucene query selecting the articles of a filter and a query text (null or blank: all), as
   * {@link #search} selects them; for corpus-level views that aggregate over the selection.
   */
  public org.apache.lucene.search.Query selection(ArticleFilter filter, String queryText) {
    return StoreSearcher.filterQuery(
        filter, queryText == null || queryText.isBlank() ? null : searching().parse(queryText));
  }

  /**
   * One line per outlet or event type of the filter that no stored article has, listing the known
   * ones; empty when every value is known (a filter that can match).
   */
  public List<String> unknownFilterValues(ArticleFilter filter) {
    return reading(() -> FilterValues.unknown(searching(), filter));
  }

  public SearchResult search(SearchRequest request) {
    return reading(() -> searching().search(request));
  }

  /** Articles like this one ("more like this"), best first. */
  public List<SimilarArticle> similar(String id, int limit) {
    return reading(() -> searching().similar(id, limit));
  }

  /**
   * The stored articles that match a filter, sorted by publication date (undated last), at most
   * {@code filter.limit()}: e.g. every article where a speaker is quoted, from March on, for {@code
   * vigie quotes --speaker}.
   */
  public List<Article> articles(ArticleFilter filter) {
    return reading(() -> sortedArticles(filter, false, null));
  }

  /**
   * The same, newest first (undated last): when {@code filter.limit()} cuts a large selection, the
   * recent articles are the ones kept.
   */
  public List<Article> newestArticles(ArticleFilter filter) {
    return reading(() -> sortedArticles(filter, true, null));
  }

  /** The same, among the articles {@code narrow} selects as well. */
  public List<Article> newestArticles(ArticleFilter filter, Query narrow) {
    return reading(() -> sortedArticles(filter, true, narrow));
  }

  private List<Article> sortedArticles(ArticleFilter filter, boolean newestFirst, Query narrow)
      throws IOException {
    {
      IndexSearcher searcher = searcher();
      Query query = StoreSearcher.filterQuery(filter, narrow);
      SortField byDay = new SortField(Fields.DAY, SortField.Type.LONG, newestFirst);
      byDay.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
      Sort sort = new Sort(byDay, new SortField(Fields.SEQ, SortField.Type.LONG, newestFirst));
      TopDocs top = searcher.search(query, Math.max(1, filter.limit()), sort);
      List<Article> out = new ArrayList<>(top.scoreDocs.length);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(read(stored.document(sd.doc)));
      }
      return out;
    }
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
    String key = Keys.fold(speaker);
    List<Statement> out = new ArrayList<>();
    ArticleFilter filter = new ArticleFilter(speaker, null, null, null, from, to, true, limit);
    Set<String> seen = new HashSet<>();
    for (Article a : articles(filter)) {
      for (org.vigie.model.Quote q : a.quotes()) {
        if (q.speaker() != null
            && q.speaker().canonical() != null
            && (Keys.fold(q.speaker().canonical()).equals(key)
                || NameKeyTerms.answers(q.speaker().canonical(), speaker))
            && seen.add(Keys.fold(q.text()))) {
          out.add(new Statement(a, q));
        }
      }
    }
    return out;
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
    reading(
        () -> {
          eachInIngestOrder(selection, withText, layers, sink);
          return null;
        });
  }

  private static final Set<String> WITHOUT_TEXT = Set.of(Fields.JSON);

  private void eachInIngestOrder(
      Query selection, boolean withText, Set<String> layers, Consumer<Article> sink)
      throws IOException {
    {
      IndexSearcher searcher = searcher();
      Sort sort = new Sort(new SortField(Fields.SEQ, SortField.Type.LONG));
      StoredFields stored = searcher.storedFields();
      ScoreDoc after = null;
      while (true) {
        TopDocs page =
            after == null
                ? searcher.search(selection, 1000, sort)
                : searcher.searchAfter(after, selection, 1000, sort);
        if (page.scoreDocs.length == 0) {
          return;
        }
        for (ScoreDoc sd : page.scoreDocs) {
          Article article;
          try {
            // Read whole before the sink writes anything: a damaged article never becomes half
            // a record.
            article =
                read(
                    withText ? stored.document(sd.doc) : stored.document(sd.doc, WITHOUT_TEXT),
                    layers);
          } catch (IOException | RuntimeException e) {
            throw StoreDamage.of(dir, StoreDamage.where(searcher.getIndexReader(), sd.doc), e);
          }
          sink.accept(article);
        }
        after = page.scoreDocs[page.scoreDocs.length - 1];
      }
    }
  }

  /** Stories, largest first, with their articles in ingest order. */
  public List<StorySummary> stories() {
    return reading(() -> searching().stories());
  }

  /** Per-outlet naming choices for the same entity. */
  public List<NamingChoice> namingChoices(int minOutlets) {
    return reading(() -> searching().namingChoices(minOutlets));
  }

  @Override
  public void close() {
    try {
      synchronized (this) {
        for (Retired r : retired) {
          r.reader().close();
        }
        retired.clear();
      }
      reader.close();
      if (writer != null) {
        // Uncommitted work is dropped: only commit() makes a batch durable, so a failed run never
        // leaves half a batch behind.
        writer.rollback();
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
