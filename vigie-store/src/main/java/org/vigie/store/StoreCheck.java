package org.vigie.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Checks a store's index with Lucene's {@link CheckIndex} (every file's checksum, every segment
 * opened and read) and, when asked, repairs it by dropping the damaged segments only: their
 * articles are lost from the store until the next ingest of their inputs restores them (ingest
 * knows what it stored from the index itself, so a dropped article is simply new again). Takes the
 * write lock: a store in use by an ingest is refused with the usual one line.
 */
public final class StoreCheck {
  private StoreCheck() {}

  /** One damaged segment: its name, the articles it holds, and what CheckIndex found. */
  public record Damage(String segment, int articles, String problem) {
    public Damage {
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /**
   * The verdict: segments checked, articles in the last commit that CheckIndex could count, the
   * damaged segments, whether the commit itself (segments_N) is missing, and whether a repair wrote
   * a new commit without the damaged segments.
   */
  public record Report(
      int segments, long articles, List<Damage> damaged, boolean noCommit, boolean repaired) {
    public Report {
      damaged = List.copyOf(damaged);
    }

    public boolean clean() {
      return damaged.isEmpty() && !noCommit;
    }

    /** Articles the damaged segments hold: what a repair drops. */
    public long articlesLost() {
      return damaged.stream().mapToLong(Damage::articles).sum();
    }
  }

  /** Checks the store in {@code dir}; with {@code repair}, drops its damaged segments. */
  public static Report run(Path dir, boolean repair) {
    VigieStore.checkIsStore(dir);
    Path index = dir.resolve("index");
    if (!Files.isDirectory(index)) {
      return new Report(0, 0, List.of(), false, false);
    }
    try (FSDirectory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return new Report(0, 0, List.of(), hasIndexFiles(directory), false);
      }
      return check(directory, repair);
    } catch (IOException e) {
      throw StoreErrors.of(dir, e);
    }
  }

  private static Report check(FSDirectory directory, boolean repair) throws IOException {
    try (CheckIndex check = new CheckIndex(directory)) {
      CheckIndex.Status status = check.checkIndex();
      if (status.missingSegments) {
        return new Report(0, 0, List.of(), hasIndexFiles(directory), false);
      }
      List<Damage> damaged = new ArrayList<>();
      long articles = 0;
      for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
        articles += segment.maxDoc;
        if (segment.error != null) {
          damaged.add(new Damage(segment.name, segment.toLoseDocCount, problem(segment.error)));
        }
      }
      boolean repaired = false;
      if (repair && !status.clean && !damaged.isEmpty()) {
        check.exorciseIndex(status);
        repaired = true;
      }
      return new Report(status.numSegments, articles, damaged, false, repaired);
    }
  }

  static boolean hasIndexFiles(org.apache.lucene.store.Directory directory) throws IOException {
    for (String file : directory.listAll()) {
      if (!file.equals("write.lock") && !file.startsWith("extra")) {
        return true;
      }
    }
    return false;
  }

  private static String problem(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    int cut = message.indexOf(" (resource=");
    return (cut > 0 ? message.substring(0, cut) : message).replace('\n', ' ');
  }
}
