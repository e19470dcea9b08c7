package org.vigie.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.vigie.store.Fields;
import org.vigie.store.LiveDocuments;

/**
 * The stories of a view: each story's articles in ingest order, its title (its first article's, or
 * that article's opening words), outlets, first and last publication and copies, read from the
 * small stored fields only. Stateless.
 */
final class StoryListing {
  private StoryListing() {}

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
  static List<StorySummary> of(IndexSearcher searcher) {
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
      LiveDocuments.forEach(
          reader,
          STORY_FIELDS,
          (docId, doc) -> {
            String story = doc.get(Fields.STORY);
            if (story == null) {
              return;
            }
            long seq = doc.getField(Fields.SEQ).numericValue().longValue();
            Acc acc = byStory.computeIfAbsent(story, k -> new Acc(seq));
            acc.order.add(new long[] {seq, acc.ids.size()});
            acc.ids.add(doc.get(Fields.ID));
            if (seq < acc.titleSeq) {
              acc.titleSeq = seq;
              acc.title = doc.get(Fields.TITLE);
              acc.titleDoc = docId;
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
          });
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
}
