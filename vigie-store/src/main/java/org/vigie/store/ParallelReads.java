package org.vigie.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.vigie.model.Article;

/**
 * Reads stored articles on every core. A timeline or a bulletin over a large store reads about a
 * thousand articles, most of its time spent decompressing their stored fields and parsing their
 * JSON: work independent from one document to the next. Lucene's {@link StoredFields} is not
 * thread-safe, so each slice of the documents gets its own. Stateless.
 */
final class ParallelReads {
  /** Under this many documents per slice, splitting costs more than it saves. */
  private static final int MIN_SLICE = 32;

  private ParallelReads() {}

  /** The documents {@code docs} of {@code searcher}, rendered in that order. */
  static List<Article> articles(
      IndexSearcher searcher, int[] docs, Set<String> fields, Function<Document, Article> render) {
    Article[] out = new Article[docs.length];
    // A few slices per thread, so that one slow slice does not leave the other cores idle.
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    int slices = Math.max(1, Math.min(docs.length / MIN_SLICE, 4 * threads));
    IntStream.range(0, slices)
        .parallel()
        .forEach(
            slice -> {
              try {
                StoredFields stored = searcher.storedFields();
                for (int i = slice; i < docs.length; i += slices) {
                  out[i] = render.apply(stored.document(docs[i], fields));
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return Arrays.asList(out);
  }
}
