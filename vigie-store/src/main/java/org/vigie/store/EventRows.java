package org.vigie.store;

import static org.vigie.store.CompactFields.geo;
import static org.vigie.store.CompactFields.integer;
import static org.vigie.store.CompactFields.string;
import static org.vigie.store.CompactFields.strings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDataOutput;
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
      return row(new CompactFields.Reader(bytes), sentences);
    } catch (RuntimeException e) {
      throw new IOException("unreadable events column row: " + e, e);
    }
  }

  private static EventColumn.Row row(CompactFields.Reader in, boolean sentences)
      throws IOException {
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

  private static Event event(CompactFields.Reader in) throws IOException {
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
}
