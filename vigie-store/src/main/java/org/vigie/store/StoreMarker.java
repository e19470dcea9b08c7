package org.vigie.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The file that makes a directory a Vigie store and says which on-disk format its index has. A
 * store of an older format is refused with one line saying to ingest its inputs again into a new
 * directory: its documents lack fields this version reads (the event column), and reading it as if
 * they were there would answer with silently missing events. A directory that exists, holds files
 * and has no marker is someone else's: refused, never written to. Stateless.
 */
final class StoreMarker {
  /** The marker's file name in the data directory. */
  static final String FILE = "vigie-store.json";

  /**
   * The index format. 3: the events column in a binary form ({@link EventRows}) instead of JSON. 2:
   * stored fields compressed for speed (LZ4), each article's events and what its search hit shows
   * in doc values columns ({@link EventColumn}, {@code HitColumn}). 1: the first format (DEFLATE,
   * events and hits only in the stored article).
   */
  static final int FORMAT = 3;

  private static final ObjectMapper JSON = new ObjectMapper();

  private StoreMarker() {}

  /**
   * Throws a one-line {@link StoreException} unless {@code dir} is a store of this format; with
   * {@code create}, makes an absent or empty directory a new store.
   */
  static void check(Path dir, boolean create) {
    Path marker = dir.resolve(FILE);
    if (Files.isRegularFile(marker)) {
      checkFormat(dir, marker);
      if (create && !Files.isWritable(dir)) {
        throw new StoreException(dir + " is not writable (read-only store)");
      }
      return;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(dir + " is a file, not a data directory");
    }
    if (!create) {
      throw new StoreException(
          dir + " is not a Vigie store (no " + FILE + "); vigie ingest --data DIR creates one");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        if (files.findAny().isPresent()) {
          throw new StoreException(
              dir
                  + " is not empty and not a Vigie store (no "
                  + FILE
                  + "); refusing to write into it");
        }
      } catch (IOException e) {
        throw StoreErrors.of(dir, e);
      }
    }
    write(dir, marker);
  }

  /** Whether {@code dir} holds a store of an older format than this version's (re-ingest it). */
  static boolean outdated(Path dir) {
    Path marker = dir.resolve(FILE);
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    try {
      JsonNode node = JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8));
      int format = node == null ? 0 : node.path("format").asInt();
      return format >= 1 && format < FORMAT;
    } catch (IOException e) {
      return false;
    }
  }

  private static void checkFormat(Path dir, Path marker) {
    JsonNode node;
    try {
      node = JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StoreException(marker + " is not readable: " + e.getMessage(), e);
    }
    if (node == null || !"vigie-store".equals(node.path("kind").asText())) {
      throw new StoreException(marker + " is not a Vigie store marker; refusing to use " + dir);
    }
    int format = node.path("format").asInt();
    if (format >= 1 && format < FORMAT) {
      throw new StoreException(
          dir
              + " is a format "
              + format
              + " store; this version reads format "
              + FORMAT
              + ": re-ingest its inputs into a new directory (vigie ingest --data NEW PATH...)");
    }
    if (format != FORMAT) {
      throw new StoreException(
          marker
              + " says format "
              + node.path("format").asText()
              + ", which this version does not know (it reads format "
              + FORMAT
              + "); refusing to use "
              + dir);
    }
  }

  private static void write(Path dir, Path marker) {
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(FILE + ".tmp");
      Files.writeString(
          tmp, "{\"kind\":\"vigie-store\",\"format\":" + FORMAT + "}\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
  }
}
