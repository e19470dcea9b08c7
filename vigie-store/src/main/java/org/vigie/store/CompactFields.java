package org.vigie.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.vigie.model.Geo;

/**
 * The field encodings of the store's own binary records (the events column, the incident digest):
 * nullable strings as a presence byte then UTF-8 with its length, nullable integers as zig-zag
 * variable-length codes, places with their coordinates. Records are read back through {@link
 * Reader}, which checks every count and length against the bytes left, so that damaged bytes throw
 * an {@link IOException} instead of allocating what a flipped bit says. Stateless.
 */
public final class CompactFields {
  private CompactFields() {}

  /** A nullable string: a byte saying whether it is there, then its UTF-8 with its length. */
  public static void string(DataOutput out, String s) throws IOException {
    out.writeByte((byte) (s == null ? 0 : 1));
    if (s != null) {
      out.writeString(s);
    }
  }

  public static String string(Reader in) throws IOException {
    return in.readByte() == 0 ? null : in.string();
  }

  /** A nullable integer: 0 for null, else the value's zig-zag code plus one. */
  public static void integer(DataOutput out, Integer v) throws IOException {
    out.writeVLong(v == null ? 0 : zigZag(v) + 1);
  }

  public static Integer integer(Reader in) throws IOException {
    long code = in.readVLong();
    if (code == 0) {
      return null;
    }
    long z = code - 1;
    return (int) ((z >>> 1) ^ -(z & 1));
  }

  private static long zigZag(int v) {
    return ((long) v << 1) ^ ((long) v >> 63);
  }

  /** A list of non-null strings, with its size. */
  public static void strings(DataOutput out, List<String> list) throws IOException {
    out.writeVInt(list.size());
    for (String s : list) {
      out.writeString(s);
    }
  }

  public static List<String> strings(Reader in) throws IOException {
    int n = in.count();
    if (n == 0) {
      return List.of();
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.string();
    }
    return List.of(out);
  }

  /** A nullable place: a presence byte, its coordinates, country and GeoNames id. */
  public static void geo(DataOutput out, Geo g) throws IOException {
    out.writeByte((byte) (g == null ? 0 : 1));
    if (g != null) {
      out.writeLong(Double.doubleToLongBits(g.lat()));
      out.writeLong(Double.doubleToLongBits(g.lon()));
      string(out, g.country());
      out.writeByte((byte) (g.geonameId() == null ? 0 : 1));
      if (g.geonameId() != null) {
        out.writeZLong(g.geonameId());
      }
    }
  }

  public static Geo geo(Reader in) throws IOException {
    if (in.readByte() == 0) {
      return null;
    }
    double lat = Double.longBitsToDouble(in.readLong());
    double lon = Double.longBitsToDouble(in.readLong());
    String country = string(in);
    Long geonameId = in.readByte() == 0 ? null : in.readZLong();
    return new Geo(lat, lon, country, geonameId);
  }

  /** A reader of one record's bytes, with counts and lengths bounded by the bytes left. */
  public static final class Reader extends DataInput {
    private final byte[] bytes;
    private final int end;
    private int pos;

    public Reader(BytesRef record) {
      this.bytes = record.bytes;
      this.pos = record.offset;
      this.end = record.offset + record.length;
    }

    /** A count of items each written in one byte or more. */
    public int count() throws IOException {
      int n = readVInt();
      if (n < 0 || n > end - pos) {
        throw new IOException("count " + n + " beyond the record's bytes");
      }
      return n;
    }

    public String string() throws IOException {
      int length = count();
      String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return s;
    }

    /** Whether bytes are left after what was read. */
    public boolean hasRemaining() {
      return pos < end;
    }

    @Override
    public byte readByte() throws IOException {
      if (pos >= end) {
        throw new IOException("record cut short");
      }
      return bytes[pos++];
    }

    @Override
    public void readBytes(byte[] b, int offset, int len) throws IOException {
      if (len > end - pos) {
        throw new IOException("record cut short");
      }
      System.arraycopy(bytes, pos, b, offset, len);
      pos += len;
    }

    @Override
    public void skipBytes(long n) throws IOException {
      if (n > end - pos) {
        throw new IOException("record cut short");
      }
      pos += (int) n;
    }
  }
}
