package org.vigie.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.vigie.model.Event;
import org.vigie.model.EventModality;
import org.vigie.model.Geo;

/**
 * The binary form of an {@link EventColumn.Row}: strings as UTF-8 with their length, numbers as
 * variable-length integers, each field in a fixed order, the listing fields first, then every
 * event, then the events' sentences last so that a listing that does not show them stops before
 * them. Written instead of the row's JSON: decoding the JSON of a 100,000-article store's 900,000
 * events (field names matched, records built through reflection) was four fifths of {@code vigie
 * events}. The order of the fields is the store format's ({@link StoreMarker#FORMAT}): changing it
 * means a new format. Stateless.
 */
final class EventRows {
  private static final EventModality[] MODALITIES = EventModality.values();

  private EventRows() {}

  static BytesRef encode(EventColumn.Row row) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      string(out, row.id());
      string(out, row.outlet());
      string(out, row.published());
      string(out, row.duplicateOf());
      out.writeVInt(row.events().size());
      for (Event e : row.events()) {
        event(out, e);
      }
      for (int i = 0; i < row.events().size(); i++) {
        string(out, i < row.sentences().size() ? row.sentences().get(i) : null);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode the events of " + row.id(), e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * The row of these bytes; without its sentences (an empty list) unless {@code sentences}. Damaged
   * bytes throw an {@link IOException} (the store's damage channel), never an allocation of the
   * size a flipped bit says: every count and length is checked against the bytes left.
   */
  static EventColumn.Row decode(BytesRef bytes, boolean sentences) throws IOException {
    try {
      return row(new Reader(bytes), sentences);
    } catch (RuntimeException e) {
      throw new IOException("unreadable events column row: " + e, e);
    }
  }

  private static EventColumn.Row row(Reader in, boolean sentences) throws IOException {
    String id = string(in);
    String outlet = string(in);
    String published = string(in);
    String duplicateOf = string(in);
    int n = in.count();
    List<Event> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      events.add(event(in));
    }
    List<String> said = new ArrayList<>(sentences ? n : 0);
    for (int i = 0; sentences && i < n; i++) {
      said.add(string(in));
    }
    return new EventColumn.Row(id, outlet, published, duplicateOf, events, said);
  }

  private static void event(DataOutput out, Event e) throws IOException {
    string(out, e.type());
    string(out, e.subtype());
    out.writeZInt(e.start());
    out.writeZInt(e.end());
    string(out, e.trigger());
    strings(out, e.actors());
    strings(out, e.targets());
    string(out, e.location());
    string(out, e.date());
    integer(out, e.killed());
    integer(out, e.injured());
    string(out, e.reportedBy());
    out.writeZInt(e.triggerStart());
    out.writeZInt(e.triggerEnd());
    geo(out, e.geo());
    out.writeByte((byte) ((e.dateInferred() ? 1 : 0) | (e.cumulative() ? 2 : 0)));
    strings(out, e.victims());
    out.writeByte((byte) e.modality().ordinal());
    string(out, e.countQualifier());
    string(out, e.countPhrase());
  }

  private static Event event(Reader in) throws IOException {
    String type = string(in);
    String subtype = string(in);
    int start = in.readZInt();
    int end = in.readZInt();
    String trigger = string(in);
    List<String> actors = strings(in);
    List<String> targets = strings(in);
    String location = string(in);
    String date = string(in);
    Integer killed = integer(in);
    Integer injured = integer(in);
    String reportedBy = string(in);
    int triggerStart = in.readZInt();
    int triggerEnd = in.readZInt();
    Geo geo = geo(in);
    byte flags = in.readByte();
    List<String> victims = strings(in);
    EventModality modality = MODALITIES[in.readByte()];
    return new Event(
        type,
        subtype,
        start,
        end,
        trigger,
        actors,
        targets,
        location,
        date,
        killed,
        injured,
        reportedBy,
        triggerStart,
        triggerEnd,
        geo,
        (flags & 1) != 0,
        victims,
        modality,
        (flags & 2) != 0,
        string(in),
        string(in));
  }

  private static void geo(DataOutput out, Geo g) throws IOException {
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

  private static Geo geo(Reader in) throws IOException {
    if (in.readByte() == 0) {
      return null;
    }
    double lat = Double.longBitsToDouble(in.readLong());
    double lon = Double.longBitsToDouble(in.readLong());
    String country = string(in);
    Long geonameId = in.readByte() == 0 ? null : in.readZLong();
    return new Geo(lat, lon, country, geonameId);
  }

  /** A nullable integer: 0 for null, else the value's zig-zag code plus one. */
  private static void integer(DataOutput out, Integer v) throws IOException {
    out.writeVLong(v == null ? 0 : zigZag(v) + 1);
  }

  private static Integer integer(Reader in) throws IOException {
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

  /** A nullable string: a byte saying whether it is there, then its UTF-8 with its length. */
  private static void string(DataOutput out, String s) throws IOException {
    out.writeByte((byte) (s == null ? 0 : 1));
    if (s != null) {
      out.writeString(s);
    }
  }

  private static String string(Reader in) throws IOException {
    return in.readByte() == 0 ? null : in.string();
  }

  private static void strings(DataOutput out, List<String> list) throws IOException {
    out.writeVInt(list.size());
    for (String s : list) {
      out.writeString(s);
    }
  }

  private static List<String> strings(Reader in) throws IOException {
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

  /** A reader of a row's bytes, with counts and lengths bounded by the bytes left. */
  private static final class Reader extends DataInput {
    private final byte[] bytes;
    private final int end;
    private int pos;

    Reader(BytesRef row) {
      this.bytes = row.bytes;
      this.pos = row.offset;
      this.end = row.offset + row.length;
    }

    /** A count of items each written in one byte or more. */
    int count() throws IOException {
      int n = readVInt();
      if (n < 0 || n > end - pos) {
        throw new IOException("count " + n + " beyond the row's bytes");
      }
      return n;
    }

    String string() throws IOException {
      int length = count();
      String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return s;
    }

    @Override
    public byte readByte() throws IOException {
      if (pos >= end) {
        throw new IOException("row cut short");
      }
      return bytes[pos++];
    }

    @Override
    public void readBytes(byte[] b, int offset, int len) throws IOException {
      if (len > end - pos) {
        throw new IOException("row cut short");
      }
      System.arraycopy(bytes, pos, b, offset, len);
      pos += len;
    }

    @Override
    public void skipBytes(long n) throws IOException {
      if (n > end - pos) {
        throw new IOException("row cut short");
      }
      pos += (int) n;
    }
  }
}
