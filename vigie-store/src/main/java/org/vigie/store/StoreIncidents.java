package org.vigie.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
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
 * {@code vigie events} did per query), and a reader takes the digest only when it names the commit
 * it reads. A commit is named by its generation and the random id Lucene gives each commit, so a
 * digest left from an index that was deleted and rebuilt is never taken for the new one. Stateless.
 */
final class StoreIncidents {
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
      IncidentDigest.write(
          dir, commitOf(last), new IncidentGrouper().group(all.mentions(articles)));
    } catch (IOException | RuntimeException e) {
      // The listing groups the events itself when the digest does not name the commit it reads.
    }
  }

  /** The digest's incidents when it describes the commit {@code reader} reads, else empty. */
  static Optional<List<IncidentSummary>> read(Path dir, DirectoryReader reader) {
    return IncidentDigest.read(dir, commitOf(reader));
  }

  /** Whether the digest names the last commit in {@code directory}. */
  static boolean current(Path dir, Directory directory) {
    try {
      return IncidentDigest.describes(dir, commitOf(SegmentInfos.readLatestCommit(directory)));
    } catch (IOException e) {
      return false;
    }
  }

  private static String commitOf(DirectoryReader reader) {
    // A reader opened on a directory reads one commit; a writer's own (near-real-time) reader
    // names none that a digest could describe.
    return reader instanceof StandardDirectoryReader standard
        ? commitOf(standard.getSegmentInfos())
        : "near-real-time";
  }

  private static String commitOf(SegmentInfos commit) {
    byte[] id = commit.getId();
    return commit.getGeneration() + ":" + (id == null ? "" : HexFormat.of().formatHex(id));
  }
}
