package org.vigie.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.names.NameKeys;

/**
 * The embedded gazetteer: places by name key ({@link NameKeys#key}), and French country adjectives
 * ("russe", "azerbaïdjanaises") by country. Loaded once from the file {@link GazetteerFormat}
 * writes; immutable and thread-safe. A lookup folds the name, probes the hash table and compares
 * key bytes in place: no per-place objects exist until a lookup returns its candidates.
 */
public final class Gazetteer {
  /** Where the vigie-gazetteer module puts the data on the class path. */
  public static final String RESOURCE = "/org/vigie/geo/gazetteer.bin";

  /** The adjectives table beside it: "adjective TAB country code" per line. */
  public static final String ADJECTIVES_RESOURCE = "/org/vigie/geo/country-adjectives.tsv";

  private final ByteBuffer data;
  private final int places;
  private final int keys;
  private final int tableSize;
  private final int ids;
  private final int lats;
  private final int lons;
  private final int populations;
  private final int countryKinds;
  private final int nameStarts;
  private final int keyStarts;
  private final int postingStarts;
  private final int postings;
  private final int table;
  private final int nameBytes;
  private final int keyBytes;
  private final Map<String, String> adjectives;

  private Gazetteer(ByteBuffer data, Map<String, String> adjectives) {
    this.data = data;
    if (data.getInt(0) != GazetteerFormat.MAGIC) {
      throw new IllegalArgumentException("not a Vigie gazetteer file");
    }
    places = data.getInt(4);
    keys = data.getInt(8);
    int postingCount = data.getInt(12);
    tableSize = data.getInt(16);
    int nameLength = data.getInt(20);
    ids = 28;
    lats = ids + 4 * places;
    lons = lats + 4 * places;
    populations = lons + 4 * places;
    countryKinds = populations + 4 * places;
    nameStarts = countryKinds + 4 * places;
    keyStarts = nameStarts + 4 * (places + 1);
    postingStarts = keyStarts + 4 * (keys + 1);
    postings = postingStarts + 4 * (keys + 1);
    table = postings + 4 * postingCount;
    nameBytes = table + 4 * tableSize;
    keyBytes = nameBytes + nameLength;
    if (keyBytes + data.getInt(24) != data.limit()) {
      throw new IllegalArgumentException("truncated gazetteer file");
    }
    this.adjectives = Map.copyOf(adjectives);
  }

  /** Reads a gazetteer file and its adjectives table. */
  public static Gazetteer read(InputStream gazetteer, InputStream adjectives) throws IOException {
    return new Gazetteer(ByteBuffer.wrap(gazetteer.readAllBytes()), readAdjectives(adjectives));
  }

  /**
   * The gazetteer on the class path, or empty when the vigie-gazetteer module is not there (then
   * places are kept without coordinates).
   */
  public static Optional<Gazetteer> fromClasspath() {
    try (InputStream bin = Gazetteer.class.getResourceAsStream(RESOURCE);
        InputStream adjectives = Gazetteer.class.getResourceAsStream(ADJECTIVES_RESOURCE)) {
      if (bin == null || adjectives == null) {
        return Optional.empty();
      }
      return Optional.of(read(bin, adjectives));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
    }
  }

  /**
   * The class path's gazetteer, loaded once per JVM on first use and shared by every pipeline (it
   * is immutable); empty when the data is not on the class path.
   */
  public static Optional<Gazetteer> shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Optional<Gazetteer> INSTANCE = fromClasspath();
  }

  private static Map<String, String> readAdjectives(InputStream in) throws IOException {
    Map<String, String> byAdjective = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        byAdjective.putIfAbsent(NameKeys.fold(line.substring(0, tab)), line.substring(tab + 1));
      }
    }
    return byAdjective;
  }

  /** How many places the gazetteer holds. */
  public int size() {
    return places;
  }

  /** The places known by this name, in file order (countries, regions, then cities). */
  public List<Place> lookup(String name) {
    int key = keyIndex(NameKeys.key(name));
    if (key < 0) {
      return List.of();
    }
    int from = data.getInt(postingStarts + 4 * key);
    int to = data.getInt(postingStarts + 4 * (key + 1));
    List<Place> found = new ArrayList<>(to - from);
    for (int p = from; p < to; p++) {
      found.add(place(data.getInt(postings + 4 * p)));
    }
    return found;
  }

  /** Every name key, in file order: for tools and benchmarks that need the whole index. */
  public List<String> keys() {
    List<String> all = new ArrayList<>(keys);
    for (int k = 0; k < keys; k++) {
      int from = data.getInt(keyStarts + 4 * k);
      byte[] key = new byte[data.getInt(keyStarts + 4 * (k + 1)) - from];
      data.get(keyBytes + from, key);
      all.add(new String(key, StandardCharsets.UTF_8));
    }
    return all;
  }

  /** Whether any place has this name: the cheap test before {@link #lookup}. */
  public boolean contains(String name) {
    return keyIndex(NameKeys.key(name)) >= 0;
  }

  /** The country (ISO alpha-2) of a French country adjective ("russes" → RU), if it is one. */
  public Optional<String> countryOfAdjective(String word) {
    return Optional.ofNullable(adjectives.get(NameKeys.fold(word)));
  }

  private int keyIndex(String key) {
    if (key.isEmpty()) {
      return -1;
    }
    byte[] bytes = ascii(key) ? null : key.getBytes(StandardCharsets.UTF_8);
    int length = bytes == null ? key.length() : bytes.length;
    int h = 0x811C9DC5;
    for (int i = 0; i < length; i++) {
      h = (h ^ (bytes == null ? key.charAt(i) : bytes[i] & 0xFF)) * 0x01000193;
    }
    int slot = (h ^ (h >>> 16)) & (tableSize - 1);
    for (int probes = 0; probes < tableSize; probes++) {
      int entry = data.getInt(table + 4 * slot);
      if (entry == 0) {
        return -1;
      }
      if (sameKey(entry - 1, key, bytes, length)) {
        return entry - 1;
      }
      slot = (slot + 1) & (tableSize - 1);
    }
    return -1;
  }

  private boolean sameKey(int index, String key, byte[] bytes, int length) {
    int from = data.getInt(keyStarts + 4 * index);
    int to = data.getInt(keyStarts + 4 * (index + 1));
    if (to - from != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      int b = data.get(keyBytes + from + i) & 0xFF;
      if (b != (bytes == null ? key.charAt(i) : bytes[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private Place place(int index) {
    int countryKind = data.getInt(countryKinds + 4 * index);
    String country =
        new String(new char[] {(char) (countryKind >>> 24), (char) (countryKind >>> 16 & 0xFF)});
    int from = data.getInt(nameStarts + 4 * index);
    int to = data.getInt(nameStarts + 4 * (index + 1));
    byte[] name = new byte[to - from];
    data.get(nameBytes + from, name);
    return new Place(
        data.getInt(ids + 4 * index) & 0xFFFFFFFFL,
        new String(name, StandardCharsets.UTF_8),
        degrees(data.getFloat(lats + 4 * index)),
        degrees(data.getFloat(lons + 4 * index)),
        country,
        PlaceKind.of(countryKind & 0xFF),
        data.getInt(populations + 4 * index));
  }

  /** Stored as floats (about 1 m); given back rounded to 5 decimals, not as 39.81999969482422. */
  private static double degrees(float stored) {
    return Math.round(stored * 1e5) / 1e5;
  }
}
