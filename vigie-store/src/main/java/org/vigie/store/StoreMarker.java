package org.vigie.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The marker's two members. Read with these rather than a JSON library: the marker is one line
   * this class writes, and loading Jackson to read it was about a tenth of a second at the start of
   * every store command.
   */
  private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([^\"]*)\"");

  private static final Pattern FORMAT_MEMBER =
      Pattern.compile("\"format\"\\s*:\\s*(\"[^\"]*\"|[^,}\\s]*)");

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
      int format = number(member(FORMAT_MEMBER, Files.readString(marker, StandardCharsets.UTF_8)));
      return format >= 1 && format < FORMAT;
    } catch (IOException e) {
      return false;
    }
  }

  private static void checkFormat(Path dir, Path marker) {
    String text;
    try {
      text = Files.readString(marker, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException(marker + " is not readable: " + e.getMessage(), e);
    }
    if (!text.strip().startsWith("{") || !"vigie-store".equals(member(KIND, text))) {
      throw new StoreException(marker + " is not a Vigie store marker; refusing to use " + dir);
    }
    String value = member(FORMAT_MEMBER, text);
    int format = number(value);
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
              + (value == null ? "" : value.replace("\"", ""))
              + ", which this version does not know (it reads format "
              + FORMAT
              + "); refusing to use "
              + dir);
    }
  }

  /** A member's value as written (a string with its quotes), or null when absent. */
  private static String member(Pattern member, String text) {
    Matcher m = member.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** A format number, or 0 for anything else (as Jackson's {@code asInt} read it). */
  private static int number(String value) {
    if (value == null) {
      return 0;
    }
    String digits = value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
    try {
      return Integer.parseInt(digits.strip());
    } catch (NumberFormatException e) {
      return 0;
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
