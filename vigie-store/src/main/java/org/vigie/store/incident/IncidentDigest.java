package org.vigie.store.incident;

import static org.vigie.store.CompactFields.geo;
import static org.vigie.store.CompactFields.integer;
import static org.vigie.store.CompactFields.string;
import static org.vigie.store.CompactFields.strings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.vigie.store.CompactFields;

/**
 * A store's incidents worked out once, when a writer closes, and kept beside the index in {@value
 * #FILE}: every incident of the store's asserted events ({@link IncidentGrouper} over {@link
 * EventSelection#ASSERTED}), in listing order, as {@link IncidentSummary} rows. Grouping is
 * corpus-wide (an article ingested later may join or bridge incidents of earlier ones), so the
 * digest is the grouping of the whole commit it names, never patched: a listing reads it only when
 * it names the commit being read, and otherwise groups the events itself, with the same result.
 * {@code vigie events} over a 100,000-article store then reads about a thousand rows instead of
 * decoding 900,000 events and sorting them.
 *
 * <p>The file holds a format number, the commit it describes, and the rows, in the store's record
 * encodings ({@link CompactFields}). A file of another format, of another commit, or damaged is not
 * used; every length is checked against the bytes left. Stateless.
 */
public final class IncidentDigest {
  /** The digest's file name in the data directory. */
  public static final String FILE = "incidents.bin";

  private static final int MAGIC = 0x56494731; // "VIG1"

  /**
   * The rows' layout; a digest of another layout is ignored (and rewritten at the next ingest). 2:
   * the fields in {@link CompactFields}' encodings.
   */
  private static final int FORMAT = 2;

  /** A digest larger than this is not ours (a thousand incidents are a few hundred kilobytes). */
  private static final long MAX_BYTES = 512L << 20;

  /** The magic and format ints, a string's presence byte and longest length code. */
  private static final int HEADER_BYTES = 4 + 4 + 1 + 5;

  private IncidentDigest() {}

  /** Writes the digest of {@code incidents}, the grouping of commit {@code commit}, atomically. */
  public static void write(Path dir, String commit, List<Incident> incidents) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    string(out, commit);
    out.writeVInt(incidents.size());
    for (Incident i : incidents) {
      row(out, IncidentSummary.of(i));
    }
    Path file = dir.resolve(FILE);
    Path tmp = dir.resolve(FILE + ".tmp");
    Files.write(tmp, out.toArrayCopy());
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes the digest (a store whose incidents could not be worked out keeps none). */
  public static void delete(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }

  /**
   * The incidents of commit {@code commit} in listing order (most recent last day first), or empty
   * when the digest is missing, describes another commit, or is not readable.
   */
  public static Optional<List<IncidentSummary>> read(Path dir, String commit) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      CompactFields.Reader in = new CompactFields.Reader(new BytesRef(Files.readAllBytes(file)));
      if (!header(in, commit)) {
        return Optional.empty();
      }
      int n = in.count();
      List<IncidentSummary> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(row(in));
      }
      return in.hasRemaining() ? Optional.empty() : Optional.of(out);
    } catch (IOException | RuntimeException e) {
      // Damaged or half-written: the listing groups the events itself, with the same result.
      return Optional.empty();
    }
  }

  /** Whether the digest in {@code dir} describes commit {@code commit} (its header alone read). */
  public static boolean describes(Path dir, String commit) {
    int headerBytes = HEADER_BYTES + commit.getBytes(StandardCharsets.UTF_8).length;
    try (InputStream file = Files.newInputStream(dir.resolve(FILE))) {
      return header(new CompactFields.Reader(new BytesRef(file.readNBytes(headerBytes))), commit);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean header(CompactFields.Reader in, String commit) throws IOException {
    return in.readInt() == MAGIC && in.readInt() == FORMAT && commit.equals(string(in));
  }

  private static void row(ByteBuffersDataOutput out, IncidentSummary s) throws IOException {
    string(out, s.type());
    string(out, s.subtype());
    string(out, s.place());
    geo(out, s.geo());
    string(out, s.firstDate());
    string(out, s.lastDate());
    integer(out, s.killedMin());
    integer(out, s.killedMax());
    integer(out, s.injuredMin());
    integer(out, s.injuredMax());
    out.writeVLong(s.sources());
    strings(out, s.disagreements());
  }

  private static IncidentSummary row(CompactFields.Reader in) throws IOException {
    return new IncidentSummary(
        string(in),
        string(in),
        string(in),
        geo(in),
        string(in),
        string(in),
        integer(in),
        integer(in),
        integer(in),
        integer(in),
        in.readVLong(),
        strings(in));
  }
}
