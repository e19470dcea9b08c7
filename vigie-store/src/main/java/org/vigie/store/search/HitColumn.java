package org.vigie.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;
import org.vigie.model.Article;
import org.vigie.store.Fields;

/**
 * What a search hit shows of its article, written at ingest in a doc values column of its own
 * ({@link Fields#HIT}): id, title, publication date, outlet, story, what it copies, and the opening
 * {@value HitSnippets#HIGHLIGHT_CHARS} characters of the text that a snippet is looked for in, LZ4
 * compressed on their own. A hit read from the stored fields decompressed and decoded the whole
 * article, its JSON of every annotation included, and that was half of a search's CPU. Stateless.
 */
public final class HitColumn {
  private HitColumn() {}

  /** The column's value for an article as stored (its corpus fields set). */
  public static BinaryDocValuesField field(Article a) {
    ByteBuffersDataOutput raw = new ByteBuffersDataOutput();
    try {
      writeNullable(raw, a.id());
      writeNullable(raw, a.title());
      writeNullable(raw, a.published());
      writeNullable(raw, a.source().outlet());
      writeNullable(raw, a.story());
      writeNullable(raw, a.duplicateOf());
      String text = a.text();
      writeNullable(
          raw,
          text.length() <= HitSnippets.HIGHLIGHT_CHARS
              ? text
              : text.substring(0, HitSnippets.HIGHLIGHT_CHARS));
      byte[] bytes = raw.toArrayCopy();
      ByteBuffersDataOutput out = new ByteBuffersDataOutput();
      out.writeVInt(bytes.length);
      LZ4.compress(bytes, 0, bytes.length, out, new LZ4.FastCompressionHashTable());
      return new BinaryDocValuesField(Fields.HIT, new BytesRef(out.toArrayCopy()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hit a column value holds. */
  static HitDocuments.HitDocument read(BytesRef value) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
    int length = in.readVInt();
    byte[] bytes = new byte[length];
    LZ4.decompress(in, length, bytes, 0);
    DataInput raw = new ByteArrayDataInput(bytes);
    String id = readNullable(raw);
    String title = readNullable(raw);
    String published = readNullable(raw);
    String outlet = readNullable(raw);
    String story = readNullable(raw);
    String duplicateOf = readNullable(raw);
    String text = readNullable(raw);
    return new HitDocuments.HitDocument(
        id, title, text == null ? "" : text, published, outlet, story, duplicateOf);
  }

  private static void writeNullable(DataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeVInt(0);
    } else {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeVInt(utf8.length + 1);
      out.writeBytes(utf8, utf8.length);
    }
  }

  private static String readNullable(DataInput in) throws IOException {
    int n = in.readVInt();
    if (n == 0) {
      return null;
    }
    byte[] utf8 = new byte[n - 1];
    in.readBytes(utf8, 0, utf8.length);
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
