package org.vigie.geo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.names.NameKeys;

/**
 * The gazetteer file: a header, then column arrays (ids, coordinates, populations, country and
 * kind, names), the keys as one UTF-8 blob with their postings, and an open-addressing hash table
 * of the keys. The reader wraps the bytes as they are, so loading is one read and lookups touch a
 * few ints; no object per place or per key is created until a lookup returns.
 */
public final class GazetteerFormat {
  static final int MAGIC = 0x56475A31; // "VGZ1"

  private GazetteerFormat() {}

  /** One place to write, with the names it is known by. */
  public record Entry(Place place, List<String> names) {}

  /**
   * Writes places and their names' keys. Names whose key is empty are skipped; a key lists each
   * place once.
   */
  public static void write(List<Entry> entries, OutputStream out) throws IOException {
    Map<String, List<Integer>> postings = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String name : entries.get(i).names()) {
        String key = NameKeys.key(name);
        if (key.isEmpty()) {
          continue;
        }
        List<Integer> places = postings.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (places.isEmpty() || places.get(places.size() - 1) != i) {
          places.add(i);
        }
      }
    }
    List<String> keys = new ArrayList<>(postings.keySet());
    int tableSize = Integer.highestOneBit(Math.max(4, keys.size() * 2)) << 1;
    int[] table = new int[tableSize];
    byte[][] keyBytes = new byte[keys.size()][];
    int postingCount = 0;
    for (int k = 0; k < keys.size(); k++) {
      keyBytes[k] = keys.get(k).getBytes(StandardCharsets.UTF_8);
      int slot = hash(keyBytes[k], keyBytes[k].length) & (tableSize - 1);
      while (table[slot] != 0) {
        slot = (slot + 1) & (tableSize - 1);
      }
      table[slot] = k + 1;
      postingCount += postings.get(keys.get(k)).size();
    }
    byte[][] names = new byte[entries.size()][];
    for (int i = 0; i < entries.size(); i++) {
      names[i] = entries.get(i).place().name().getBytes(StandardCharsets.UTF_8);
    }

    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(MAGIC);
    data.writeInt(entries.size());
    data.writeInt(keys.size());
    data.writeInt(postingCount);
    data.writeInt(tableSize);
    data.writeInt(Arrays.stream(names).mapToInt(b -> b.length).sum());
    data.writeInt(Arrays.stream(keyBytes).mapToInt(b -> b.length).sum());
    for (Entry e : entries) {
      data.writeInt((int) e.place().geonameId());
    }
    for (Entry e : entries) {
      data.writeFloat((float) e.place().lat());
    }
    for (Entry e : entries) {
      data.writeFloat((float) e.place().lon());
    }
    for (Entry e : entries) {
      data.writeInt(e.place().population());
    }
    for (Entry e : entries) {
      String country = e.place().country();
      data.writeInt(country.charAt(0) << 24 | country.charAt(1) << 16 | e.place().kind().ordinal());
    }
    int offset = 0;
    for (byte[] name : names) {
      data.writeInt(offset);
      offset += name.length;
    }
    data.writeInt(offset);
    offset = 0;
    for (byte[] key : keyBytes) {
      data.writeInt(offset);
      offset += key.length;
    }
    data.writeInt(offset);
    offset = 0;
    for (String key : keys) {
      data.writeInt(offset);
      offset += postings.get(key).size();
    }
    data.writeInt(offset);
    for (String key : keys) {
      for (int place : postings.get(key)) {
        data.writeInt(place);
      }
    }
    for (int slot : table) {
      data.writeInt(slot);
    }
    for (byte[] name : names) {
      data.write(name);
    }
    for (byte[] key : keyBytes) {
      data.write(key);
    }
    data.flush();
  }

  /** FNV-1a over the first {@code length} bytes; the reader hashes ASCII keys char by char. */
  static int hash(byte[] bytes, int length) {
    int h = 0x811C9DC5;
    for (int i = 0; i < length; i++) {
      h = (h ^ (bytes[i] & 0xFF)) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }
}
