package org.vigie.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.util.BytesRef;
import org.vigie.model.Article;
import org.vigie.store.dedup.DuplicateIndex;
import org.vigie.store.story.StoryClusterer;
import org.vigie.store.story.StoryFeatures;

/**
 * What the writer knows of the stored articles to decide on the next one: each id's content hash,
 * path, URL and story, the raw inputs already stored, the near-duplicate signatures and the
 * stories. Rebuilt from the index when a writer opens ({@link #replay}), so it always matches the
 * last commit. For the one writing thread only.
 */
final class IngestMemory {
  /** What the store holds on one article for ingest decisions. */
  record Entry(String contentHash, String path, String url, String story) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, String> idByUrl = new HashMap<>();
  private final Set<String> rawKeys = new HashSet<>();
  final DuplicateIndex duplicates = new DuplicateIndex();
  final StoryClusterer stories;
  private long nextSeq;

  IngestMemory(StoryClusterer.Config clustering) {
    this.stories = new StoryClusterer(clustering);
  }

  /** Rebuilds the memory from the index: keys, signatures, stories, in ingest order. */
  void replay(DirectoryReader reader) throws IOException {
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
    LiveDocuments.forEach(
        reader,
        wanted,
        (docId, doc) -> {
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
        });
    rows.sort(Comparator.comparingLong(Row::seq));
    for (Row r : rows) {
      remember(r.id(), r.entry(), r.raw());
      duplicates.add(r.id(), r.sig(), r.dup());
      stories.assignTo(StoryFeatures.decode(r.id(), r.feat()), r.entry().story(), true);
      nextSeq = Math.max(nextSeq, r.seq() + 1);
    }
  }

  boolean knowsRaw(String rawKey) {
    return rawKeys.contains(rawKey);
  }

  void rememberRaw(String rawKey) {
    if (rawKey != null) {
      rawKeys.add(rawKey);
    }
  }

  Entry entry(String id) {
    return entries.get(id);
  }

  /** The next ingest sequence number (ingest order survives segment merges). */
  long nextSeq() {
    return nextSeq++;
  }

  long seqToCome() {
    return nextSeq;
  }

  /** Notes a stored article. */
  void remember(String id, Entry entry, String rawKey) {
    entries.put(id, entry);
    if (entry.url() != null) {
      idByUrl.put(entry.url(), id);
    }
    rememberRaw(rawKey);
  }

  /**
   * The id an article is stored under. The same URL, or the same id from the same file (or an
   * explicit id from JSON Lines), is the same article, replaced when its content changed. Two
   * different files that happen to share a name ({@code syria/2013-02-02/ext_10.txt} and {@code
   * egypt/.../ext_10.txt}) are two articles: the second gets a suffix from its path.
   */
  String idFor(Article article, String contentHash) {
    String url = article.source().url();
    String id = article.id();
    if (url != null && idByUrl.containsKey(url)) {
      return idByUrl.get(url);
    }
    Entry known = entries.get(id);
    if (known != null && !known.contentHash().equals(contentHash) && !sameOrigin(known, article)) {
      return id + "~" + Keys.hash(String.valueOf(article.source().path())).substring(0, 6);
    }
    return id;
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
}
