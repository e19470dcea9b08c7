package org.vigie.store;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.Event;
import org.vigie.model.Quote;
import org.vigie.store.search.NameKeyTerms;
import org.vigie.store.story.StoryFeatures;

/**
 * An article as a Lucene document: the text and title analysed in French (the text with offsets,
 * for highlighting), the article JSON stored, exact-match keys (folded) and facets for speakers,
 * entities, outlets, event types and months, the publication day as a point and a sort key, and
 * what the writer replays at open (signature, story features, keys). Values are bounded: at most
 * {@value #MAX_VALUES} per field, {@value #MAX_VALUE_CHARS} characters each. Thread-safe.
 */
public final class ArticleDocuments {
  static final int MAX_VALUES = 64;
  static final int MAX_VALUE_CHARS = 200;

  /** The facet dimensions, in display order. */
  public static final java.util.List<String> FACETS =
      java.util.List.of(Fields.SPEAKER, Fields.ENTITY, Fields.OUTLET, Fields.TYPE, Fields.MONTH);

  static final FacetsConfig FACETS_CONFIG = facetsConfig();

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  Document build(
      Article a, long seq, String rawKey, String contentHash, long[] signature, String features) {
    Document doc = new Document();
    // Identifiers are indexed bounded (Keys.term) and stored whole.
    doc.add(new StringField(Fields.ID, Keys.term(a.id()), Field.Store.NO));
    doc.add(new StoredField(Fields.ID, a.id()));
    doc.add(new NumericDocValuesField(Fields.SEQ, seq));
    doc.add(new StoredField(Fields.SEQ, seq));
    if (rawKey != null) {
      doc.add(new StoredField(Fields.RAW, rawKey));
    }
    doc.add(new StoredField(Fields.CONTENT_HASH, contentHash));
    if (a.source().path() != null) {
      doc.add(new StoredField(Fields.PATH, a.source().path()));
    }
    if (a.source().url() != null) {
      doc.add(new StoredField(Fields.URL, a.source().url()));
    }
    doc.add(new TextField(Fields.TITLE, a.title() == null ? "" : a.title(), Field.Store.YES));
    doc.add(new Field(Fields.TEXT, a.text(), TEXT_WITH_OFFSETS));
    doc.add(new StoredField(Fields.JSON, ArticleCodec.withoutText(a)));
    if (a.published() != null) {
      doc.add(new StoredField(Fields.PUBLISHED, a.published()));
    }
    Long day = StoryFeatures.dayOf(a.published());
    if (day != null) {
      doc.add(new LongPoint(Fields.DAY, day));
      doc.add(new NumericDocValuesField(Fields.DAY, day));
    }
    for (long named : DayIndex.namedDays(a)) {
      doc.add(new LongPoint(Fields.NAMED_DAY, named));
      doc.add(new SortedNumericDocValuesField(Fields.NAMED_DAY, named));
    }
    Map<String, Set<String>> keyed = new LinkedHashMap<>();
    String outlet = a.source().outlet();
    if (outlet != null && !outlet.isBlank()) {
      doc.add(new StoredField(Fields.OUTLET_NAME, outlet));
      value(keyed, Fields.OUTLET, outlet);
    }
    for (Quote q : a.quotes()) {
      if (q.speaker() != null) {
        value(
            keyed,
            Fields.SPEAKER,
            q.speaker().canonical() != null ? q.speaker().canonical() : null);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      String name = e.canonical() != null ? e.canonical() : e.text();
      value(keyed, Fields.ENTITY, name);
      if (names.size() < MAX_VALUES) {
        names.add(e.type() + "\t" + clip(name) + "\t" + clip(e.text()));
      }
    }
    for (String n : names) {
      doc.add(new StoredField(Fields.NAMES, n));
    }
    Set<String> nameKeys = new LinkedHashSet<>();
    NameKeyTerms.capitalisedKeys(a.title(), nameKeys);
    NameKeyTerms.capitalisedKeys(a.text(), nameKeys);
    // An entity is mentioned many times: the keys of each distinct name are made once.
    Set<String> keyedNames = new java.util.HashSet<>();
    for (Entity e : a.entities()) {
      if (nameKeys.size() < NameKeyTerms.MAX_KEYS) {
        if (keyedNames.add(e.text())) {
          nameKeys.addAll(NameKeyTerms.nameKeys(e.text()));
        }
        if (e.canonical() != null && keyedNames.add(e.canonical())) {
          nameKeys.addAll(NameKeyTerms.nameKeys(e.canonical()));
        }
      }
    }
    for (String k : nameKeys) {
      doc.add(new StringField(Fields.NAME_KEY, k, Field.Store.NO));
    }
    Set<String> speakerKeys = new LinkedHashSet<>();
    for (Quote q : a.quotes()) {
      if (q.speaker() != null && speakerKeys.size() < MAX_VALUES) {
        speakerKeys.addAll(NameKeyTerms.nameKeys(q.speaker().canonical()));
      }
    }
    for (String k : speakerKeys) {
      doc.add(new StringField(Fields.SPEAKER_KEY, k, Field.Store.NO));
    }
    for (Event e : a.events()) {
      // A denied, planned or demanded event did not happen: it is not a facet of the article.
      if (e.asserted()) {
        value(keyed, Fields.TYPE, e.type());
      }
    }
    if (a.published() != null && a.published().matches("\\d{4}-\\d{2}.*")) {
      value(keyed, Fields.MONTH, a.published().substring(0, 7));
    }
    for (Map.Entry<String, Set<String>> e : keyed.entrySet()) {
      for (String v : e.getValue()) {
        doc.add(new StringField(e.getKey(), Keys.fold(v), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(e.getKey(), v));
      }
    }
    if (a.story() != null) {
      doc.add(new StringField(Fields.STORY, a.story(), Field.Store.YES));
      doc.add(new SortedDocValuesField(Fields.STORY, new BytesRef(a.story())));
    }
    if (a.duplicateOf() != null) {
      doc.add(new StringField(Fields.DUPLICATE_OF, Keys.term(a.duplicateOf()), Field.Store.NO));
      doc.add(new StoredField(Fields.DUPLICATE_OF, a.duplicateOf()));
    } else {
      doc.add(new StringField(Fields.ORIGINAL, "1", Field.Store.NO));
    }
    if (signature != null) {
      doc.add(new StoredField(Fields.SIGNATURE, bytes(signature)));
    }
    doc.add(new StoredField(Fields.FEATURES, features));
    doc.add(org.vigie.store.search.HitColumn.field(a));
    org.apache.lucene.document.BinaryDocValuesField events = EventColumn.field(a);
    if (events != null) {
      doc.add(events);
    }
    try {
      return FACETS_CONFIG.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void value(Map<String, Set<String>> keyed, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    Set<String> values = keyed.computeIfAbsent(field, k -> new LinkedHashSet<>());
    if (values.size() < MAX_VALUES) {
      values.add(clip(value.strip()));
    }
  }

  private static String clip(String s) {
    return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS);
  }

  static BytesRef bytes(long[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
    for (long v : values) {
      buffer.putLong(v);
    }
    return new BytesRef(buffer.array());
  }

  static long[] longs(BytesRef ref) {
    ByteBuffer buffer = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
    long[] out = new long[ref.length / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = buffer.getLong();
    }
    return out;
  }
}
