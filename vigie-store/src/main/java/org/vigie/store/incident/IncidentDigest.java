package org.vigie.store.incident;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Geo;

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
 * <p>The file holds a format number, the commit it describes, and the rows: strings as UTF-8 with
 * their length, figures with a presence byte. A file of another format, of another commit, or
 * damaged is not used; every length is checked against the bytes left. Stateless.
 */
public final class IncidentDigest {
  /** The digest's file name in the data directory. */
  public static final String FILE = "incidents.bin";

  private static final int MAGIC = 0x56494731; // "VIG1"

  /** The rows' layout; a digest of another layout is ignored (and rewritten at the next ingest). */
  private static final int FORMAT = 1;

  /** A digest larger than this is not ours (a thousand incidents are a few hundred kilobytes). */
  private static final long MAX_BYTES = 512L << 20;

  private IncidentDigest() {}

  /** Writes the digest of {@code incidents}, the grouping of commit {@code commit}, atomically. */
  public static void write(Path dir, String commit, List<Incident> incidents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    string(out, commit);
    out.writeInt(incidents.size());
    for (Incident i : incidents) {
      row(out, IncidentSummary.of(i));
    }
    out.flush();
    Path file = dir.resolve(FILE);
    Path tmp = dir.resolve(FILE + ".tmp");
    Files.write(tmp, bytes.toByteArray());
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
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (in.getInt() != MAGIC || in.getInt() != FORMAT || !commit.equals(string(in))) {
        return Optional.empty();
      }
      int n = count(in, 1);
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

  /** Whether the digest in {@code dir} describes commit {@code commit}. */
  public static boolean describes(Path dir, String commit) {
    try (java.io.DataInputStream in =
        new java.io.DataInputStream(
            new java.io.BufferedInputStream(Files.newInputStream(dir.resolve(FILE))))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return false;
      }
      byte[] expected = commit.getBytes(StandardCharsets.UTF_8);
      return in.readInt() == expected.length
          && java.util.Arrays.equals(in.readNBytes(expected.length), expected);
    } catch (IOException e) {
      return false;
    }
  }

  private static void row(DataOutputStream out, IncidentSummary s) throws IOException {
    string(out, s.type());
    string(out, s.subtype());
    string(out, s.place());
    Geo g = s.geo();
    out.writeBoolean(g != null);
    if (g != null) {
      out.writeDouble(g.lat());
      out.writeDouble(g.lon());
      string(out, g.country());
      out.writeBoolean(g.geonameId() != null);
      if (g.geonameId() != null) {
        out.writeLong(g.geonameId());
      }
    }
    string(out, s.firstDate());
    string(out, s.lastDate());
    figure(out, s.killedMin());
    figure(out, s.killedMax());
    figure(out, s.injuredMin());
    figure(out, s.injuredMax());
    out.writeLong(s.sources());
    out.writeInt(s.disagreements().size());
    for (String d : s.disagreements()) {
      string(out, d);
    }
  }

  private static IncidentSummary row(ByteBuffer in) {
    String type = string(in);
    String subtype = string(in);
    String place = string(in);
    Geo geo = null;
    if (in.get() != 0) {
      double lat = in.getDouble();
      double lon = in.getDouble();
      String country = string(in);
      Long geonameId = in.get() != 0 ? in.getLong() : null;
      geo = new Geo(lat, lon, country, geonameId);
    }
    String first = string(in);
    String last = string(in);
    Integer killedMin = figure(in);
    Integer killedMax = figure(in);
    Integer injuredMin = figure(in);
    Integer injuredMax = figure(in);
    long sources = in.getLong();
    int n = count(in, 4);
    List<String> disagreements = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      disagreements.add(string(in));
    }
    return new IncidentSummary(
        type,
        subtype,
        place,
        geo,
        first,
        last,
        killedMin,
        killedMax,
        injuredMin,
        injuredMax,
        sources,
        disagreements);
  }

  private static void figure(DataOutputStream out, Integer v) throws IOException {
    out.writeBoolean(v != null);
    if (v != null) {
      out.writeInt(v);
    }
  }

  private static Integer figure(ByteBuffer in) {
    return in.get() != 0 ? in.getInt() : null;
  }

  /** A null string is length -1. */
  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(ByteBuffer in) {
    int n = in.getInt();
    if (n == -1) {
      return null;
    }
    if (n < 0 || n > in.remaining()) {
      throw new BufferUnderflowException();
    }
    String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }

  /** A count of items taking at least {@code minBytes} each, checked against the bytes left. */
  private static int count(ByteBuffer in, int minBytes) {
    int n = in.getInt();
    if (n < 0 || (long) n * minBytes > in.remaining()) {
      throw new BufferUnderflowException();
    }
    return n;
  }
}
