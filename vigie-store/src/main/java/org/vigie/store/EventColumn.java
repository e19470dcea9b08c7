package org.vigie.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Event;
import org.vigie.model.Source;

/**
 * Each article's events, written at ingest in a doc values column of their own ({@link
 * Fields#EVENTS}, in the binary form of {@link EventRows}) with what an event listing shows of the
 * article (id, outlet, publication date, whether it is a copy). Listing the events of a large store
 * then reads this column only, in document order, instead of decompressing every article's stored
 * text and JSON and skipping its other layers: the stored fields of a 100,000-article store are
 * gigabytes, its events a few tens of megabytes. Read-only views; thread-safe.
 */
public final class EventColumn {
  /** What the column holds of one article: each event with the sentence stating it. */
  record Row(
      String id,
      String outlet,
      String published,
      String duplicateOf,
      List<Event> events,
      List<String> sentences) {
    Row {
      events = events == null ? List.of() : List.copyOf(events);
      // A null sentence is an event whose span the text does not hold: kept as null, not a crash.
      sentences =
          sentences == null
              ? List.of()
              : java.util.Collections.unmodifiableList(new ArrayList<>(sentences));
    }
  }

  /**
   * An article as the column gives it back (its events and listing fields only, no text), and the
   * sentence stating each event, in the order of {@link Article#eventMentions} (null where the text
   * did not hold it).
   */
  public record Listed(Article article, List<String> sentences) {
    public Listed {
      sentences = java.util.Collections.unmodifiableList(new ArrayList<>(sentences));
    }
  }

  private EventColumn() {}

  /** The column's value for a stored article (its corpus fields set); null when it has no event. */
  static BinaryDocValuesField field(Article a) {
    // Every mention, whatever its modality: a listing of any modality reads them from here.
    List<Event> mentions = a.eventMentions();
    if (mentions.isEmpty()) {
      return null;
    }
    List<String> sentences = new ArrayList<>(mentions.size());
    for (Event e : mentions) {
      sentences.add(sentence(a.text(), e));
    }
    Row row =
        new Row(a.id(), a.source().outlet(), a.published(), a.duplicateOf(), mentions, sentences);
    return new BinaryDocValuesField(Fields.EVENTS, EventRows.encode(row));
  }

  /**
   * The articles {@code selection} matches that have event mentions (of any modality), in ingest
   * order, each with its id, outlet, publication date, copy mark and events only (empty text, the
   * other layers empty).
   */
  static void forEach(IndexSearcher searcher, Query selection, Consumer<Article> sink)
      throws IOException {
    record Found(long seq, Article article) {}
    List<Found> found = new ArrayList<>();
    MatchingDocs.forEach(
        searcher,
        selection,
        leaf -> {
          BinaryDocValues column = DocValues.getBinary(leaf.reader(), Fields.EVENTS);
          NumericDocValues seqs = DocValues.getNumeric(leaf.reader(), Fields.SEQ);
          return doc -> {
            if (column.advanceExact(doc)) {
              long seq = seqs.advanceExact(doc) ? seqs.longValue() : Long.MAX_VALUE;
              // A listing of articles shows no sentence: their bytes are left unread.
              found.add(new Found(seq, article(EventRows.decode(column.binaryValue(), false))));
            }
          };
        });
    // Segments are merged in any order: the stored sequence number gives the ingest order back.
    found.sort(Comparator.comparingLong(Found::seq));
    for (Found f : found) {
      sink.accept(f.article());
    }
  }

  /**
   * The articles of these hits, in the hits' order, as {@link #forEach} reads them; a hit without
   * events is left out. Doc values are read forward only: the hits are visited in document order
   * and put back in theirs.
   */
  static List<Listed> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    Listed[] read = new Listed[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues column = null;
    for (int i : order) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        column = DocValues.getBinary(leaf.reader(), Fields.EVENTS);
      }
      if (column.advanceExact(doc - leaf.docBase)) {
        read[i] = listed(column.binaryValue());
      }
    }
    List<Listed> out = new ArrayList<>(hits.length);
    for (Listed a : read) {
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  /** The sentence of the text stating an event, as {@code EventMention.of} cuts it. */
  private static String sentence(String text, Event e) {
    return text != null && e.end() <= text.length() && e.start() < e.end()
        ? text.substring(e.start(), e.end()).strip()
        : null;
  }

  private static Listed listed(BytesRef bytes) throws IOException {
    Row row = EventRows.decode(bytes, true);
    Article a = article(row);
    // The article lists its asserted events first (Article.eventMentions): its sentences follow,
    // whatever order the row kept its mentions in (a format 3 store kept them in text order).
    List<String> sentences = new ArrayList<>(row.events().size());
    for (boolean asserted : new boolean[] {true, false}) {
      for (int i = 0; i < row.events().size(); i++) {
        if (row.events().get(i).asserted() == asserted) {
          sentences.add(i < row.sentences().size() ? row.sentences().get(i) : null);
        }
      }
    }
    return new Listed(a, sentences);
  }

  /** The row's mentions split by modality into the article's two event lists. */
  private static Article article(Row row) {
    return new Article(
            row.id(),
            new Source(null, null, row.outlet()),
            null,
            null,
            null,
            row.published(),
            false,
            null,
            "",
            new Cleaning(List.of(), List.of(), List.of()),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            row.duplicateOf(),
            List.of(),
            List.of(),
            List.of())
        .withEvents(row.events());
  }
}
