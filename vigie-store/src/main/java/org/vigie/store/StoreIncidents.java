package org.vigie.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.vigie.model.Article;
import org.vigie.store.incident.EventSelection;
import org.vigie.store.incident.IncidentDigest;
import org.vigie.store.incident.IncidentGrouper;
import org.vigie.store.incident.IncidentSummary;

/**
 * Keeps a store's {@link IncidentDigest} in step with its index: a writer that committed works the
 * incidents of its last commit out when it closes (one pass over the events column, the work one
 * {@code vigie events} did per query), and a reader takes the digest only when it names the last
 * commit. A commit is named by its segments file (its generation), that file's length and the
 * checksum Lucene ends it with, which covers the random id Lucene gives each commit: a digest left
 * from an index deleted and rebuilt is never taken for the new one. Naming the last commit reads a
 * directory listing and sixteen bytes, not the index: opening it loads Lucene's codecs, more than
 * half a second of a listing that reads a hundred kilobytes. Stateless.
 */
final class StoreIncidents {
  private static final String SEGMENTS = "segments_";

  private StoreIncidents() {}

  /**
   * Works out the incidents of the last commit in {@code directory} and writes their digest. A
   * failure leaves the old digest, which names an older commit and is therefore not used.
   */
  static void refresh(Path dir, Directory directory) {
    try (DirectoryReader last = DirectoryReader.open(directory)) {
      List<Article> articles = new ArrayList<>();
      EventSelection all = EventSelection.ASSERTED;
      EventColumn.forEach(new IndexSearcher(last), all.candidates(), articles::add);
      String commit = commitName(index(dir), last.getIndexCommit().getSegmentsFileName());
      IncidentDigest.write(dir, commit, new IncidentGrouper().group(all.mentions(articles)));
    } catch (IOException | RuntimeException e) {
      // The listing groups the events itself when the digest does not name the commit it reads.
    }
  }

  /** The digest's incidents when it describes the last commit of the store in {@code dir}. */
  static Optional<List<IncidentSummary>> readLatest(Path dir) {
    try {
      return IncidentDigest.read(dir, latestCommit(index(dir)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether the digest names the last commit of the store in {@code dir}. */
  static boolean current(Path dir) {
    try {
      return IncidentDigest.describes(dir, latestCommit(index(dir)));
    } catch (IOException e) {
      return false;
    }
  }

  private static Path index(Path dir) {
    return dir.resolve("index");
  }

  /** The name of the last commit: that of the segments file of the highest generation. */
  static String latestCommit(Path index) throws IOException {
    String latest = null;
    long generation = -1;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(index, SEGMENTS + "*")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        long g;
        try {
          g = Long.parseLong(name.substring(SEGMENTS.length()), Character.MAX_RADIX);
        } catch (NumberFormatException e) {
          continue; // not a commit of ours
        }
        if (g > generation) {
          generation = g;
          latest = name;
        }
      }
    }
    if (latest == null) {
      throw new NoSuchFileException(index + " holds no commit");
    }
    return commitName(index, latest);
  }

  /** A segments file's name, length and closing checksum (the last eight bytes of the file). */
  private static String commitName(Path index, String segmentsFile) throws IOException {
    try (FileChannel file = FileChannel.open(index.resolve(segmentsFile))) {
      long size = file.size();
      ByteBuffer checksum = ByteBuffer.allocate(8);
      file.read(checksum, Math.max(0, size - 8));
      return segmentsFile + ":" + size + ":" + HexFormat.of().formatHex(checksum.array());
    }
  }
}
