package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.vigie.model.Article;
import org.vigie.store.search.ArticleFilter;
import org.vigie.store.search.StoreSearcher;

/**
 * Reading stored articles back: one by id, the matches of a filter by publication date, a selection
 * streamed in ingest order, or a selection's events from their own column. Every read turns what a
 * damaged index throws into one line naming the store ({@link #reading}). Thread-safe.
 */
final class StoredArticles {
  /**
   * The stored fields an Article is read from. Loading only these, not every stored field (names,
   * signature, features...), spares decoding strings nobody reads: a fifth of a timeline's time.
   */
  static final Set<String> JSON_AND_TEXT = Set.of(Fields.JSON, Fields.TEXT);

  private static final Set<String> WITHOUT_TEXT = Set.of(Fields.JSON);

  private final Path dir;
  private final Supplier<IndexSearcher> searcher;

  StoredArticles(Path dir, Supplier<IndexSearcher> searcher) {
    this.dir = dir;
    this.searcher = searcher;
  }

  /** A read of the index that may meet a damaged file. */
  interface IndexRead<T> {
    T get() throws IOException;
  }

  /**
   * Runs a read, turning what a damaged index throws (Lucene's CorruptIndexException, a
   * decompression error from a flipped bit in stored fields, unreadable JSON) into one line naming
   * the store and what to do, before anything of the damaged record is written.
   */
  static <T> T reading(Path dir, IndexRead<T> read) {
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

  Optional<Article> article(String id) {
    return storedById(id, JSON_AND_TEXT, StoredArticles::read);
  }

  Optional<byte[]> articleJson(String id) {
    return storedById(
        id,
        JSON_AND_TEXT,
        doc -> ArticleCodec.jsonBytes(doc.get(Fields.JSON), doc.get(Fields.TEXT)));
  }

  /** The stored {@code fields} of the article with this id, rendered. */
  private <T> Optional<T> storedById(String id, Set<String> fields, Function<Document, T> render) {
    return reading(
        dir,
        () -> {
          IndexSearcher s = searcher.get();
          TopDocs top = s.search(new TermQuery(new Term(Fields.ID, Keys.term(id))), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          int doc = top.scoreDocs[0].doc;
          StoredFields stored = s.storedFields();
          return Optional.of(render.apply(stored.document(doc, fields)));
        });
  }

  /**
   * The matches of a filter (and of {@code narrow}, when given) by publication date, undated last,
   * at most {@code filter.limit()}.
   */
  List<Article> sorted(ArticleFilter filter, boolean newestFirst, Query narrow) {
    return sorted(filter, newestFirst, narrow, ArticleCodec.LAYERS);
  }

  /** The same, each article with only {@code layers} of {@link ArticleCodec#LAYERS}. */
  List<Article> sorted(
      ArticleFilter filter, boolean newestFirst, Query narrow, Set<String> layers) {
    return reading(
        dir,
        () -> {
          IndexSearcher s = searcher.get();
          TopDocs top =
              s.search(
                  StoreSearcher.filterQuery(filter, narrow), limit(filter), byDay(newestFirst));
          int[] docs = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
          return ParallelReads.articles(s, docs, JSON_AND_TEXT, doc -> read(doc, layers));
        });
  }

  /**
   * The same selection, newest first, with each article's events and listing fields only (from
   * {@link EventColumn}); articles without events are left out.
   */
  List<EventColumn.Listed> newestEvents(ArticleFilter filter, Query narrow) {
    return reading(
        dir,
        () -> {
          IndexSearcher s = searcher.get();
          TopDocs top =
              s.search(StoreSearcher.filterQuery(filter, narrow), limit(filter), byDay(true));
          return EventColumn.read(s, top.scoreDocs);
        });
  }

  private static int limit(ArticleFilter filter) {
    return Math.max(1, filter.limit());
  }

  private static Sort byDay(boolean newestFirst) {
    SortField byDay = new SortField(Fields.DAY, SortField.Type.LONG, newestFirst);
    byDay.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(byDay, new SortField(Fields.SEQ, SortField.Type.LONG, newestFirst));
  }

  /** The selection's events from their column, in ingest order ({@link EventColumn#forEach}). */
  void forEachWithEvents(Query selection, Consumer<Article> sink) {
    reading(
        dir,
        () -> {
          EventColumn.forEach(searcher.get(), selection, sink);
          return null;
        });
  }

  /**
   * The selection in ingest order, each article with only {@code layers}, with an empty text unless
   * {@code withText}; read whole before the sink sees it, so a damaged article never becomes half a
   * record.
   */
  void forEach(Query selection, boolean withText, Set<String> layers, Consumer<Article> sink) {
    reading(
        dir,
        () -> {
          IndexSearcher s = searcher.get();
          Sort sort = new Sort(new SortField(Fields.SEQ, SortField.Type.LONG));
          StoredFields stored = s.storedFields();
          ScoreDoc after = null;
          while (true) {
            TopDocs page =
                after == null
                    ? s.search(selection, 1000, sort)
                    : s.searchAfter(after, selection, 1000, sort);
            if (page.scoreDocs.length == 0) {
              return null;
            }
            for (ScoreDoc sd : page.scoreDocs) {
              Article article;
              try {
                article =
                    read(stored.document(sd.doc, withText ? JSON_AND_TEXT : WITHOUT_TEXT), layers);
              } catch (IOException | RuntimeException e) {
                throw StoreDamage.of(dir, StoreDamage.where(s.getIndexReader(), sd.doc), e);
              }
              sink.accept(article);
            }
            after = page.scoreDocs[page.scoreDocs.length - 1];
          }
        });
  }
}
