package org.vigie.store.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.vigie.store.Fields;

/**
 * The stored fields a search hit shows, read once per point-in-time view and kept (Solr's document
 * cache). Reading a hit decompresses and decodes its whole stored text; a page-long liveblog of a
 * million characters matches most queries and costs milliseconds each time it is listed. Only the
 * first {@code textChars} characters of the text are kept, all that a snippet is looked for in. At
 * most {@value #MAX_CHARS} characters in all, least recently used out first. Thread-safe.
 */
final class HitDocuments {
  static final long MAX_CHARS = 8_000_000;

  /** What a hit shows of its article; {@code text} is the text's first characters. */
  record HitDocument(
      String id,
      String title,
      String text,
      String published,
      String outlet,
      String story,
      String duplicateOf) {
    long chars() {
      return text.length() + (title == null ? 0 : title.length()) + 64;
    }
  }

  private static final Set<String> FIELDS =
      Set.of(
          Fields.ID,
          Fields.TITLE,
          Fields.TEXT,
          Fields.PUBLISHED,
          Fields.OUTLET_NAME,
          Fields.STORY,
          Fields.DUPLICATE_OF);

  private final int textChars;
  private final Map<Integer, HitDocument> docs = new LinkedHashMap<>(256, 0.75f, true);
  private long chars;

  HitDocuments(int textChars) {
    this.textChars = textChars;
  }

  /** Document {@code doc} of the view, read with {@code stored} (a reader of this view). */
  HitDocument get(StoredFields stored, int doc) throws IOException {
    if (SearchCache.ENABLED) {
      synchronized (docs) {
        HitDocument cached = docs.get(doc);
        if (cached != null) {
          return cached;
        }
      }
    }
    Document d = stored.document(doc, FIELDS);
    String text = d.get(Fields.TEXT);
    if (text == null) {
      text = "";
    } else if (text.length() > textChars) {
      text = text.substring(0, textChars);
    }
    HitDocument hit =
        new HitDocument(
            d.get(Fields.ID),
            d.get(Fields.TITLE),
            text,
            d.get(Fields.PUBLISHED),
            d.get(Fields.OUTLET_NAME),
            d.get(Fields.STORY),
            d.get(Fields.DUPLICATE_OF));
    if (!SearchCache.ENABLED) {
      return hit;
    }
    synchronized (docs) {
      if (docs.put(doc, hit) == null) {
        chars += hit.chars();
      }
      var eldest = docs.entrySet().iterator();
      while (chars > MAX_CHARS && eldest.hasNext()) {
        chars -= eldest.next().getValue().chars();
        eldest.remove();
      }
    }
    return hit;
  }
}
