package org.vigie.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many bytes an {@link InputScanner} will read from a list of paths, for a progress ETA that
 * reaches 100 %: the same files it reads (a directory's article files, a named regular file, each
 * real file once) and none of those it turns away unread (other extensions, FIFOs, unreadable or
 * broken links, files over the size limit): their bytes would leave the ETA short of the end, or,
 * counted as read, make the rate look faster than analysis goes. Stateless.
 */
public final class InputBytes {
  private InputBytes() {}

  /** The bytes to read, or 0 when unknown (standard input is among the paths). */
  public static long of(List<String> paths, IngestLimits limits) {
    Set<Path> seen = new HashSet<>();
    long total = 0;
    for (String name : paths) {
      if (name.equals("-")) {
        return 0;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        total += articleFiles(path, seen, limits.maxDocumentBytes());
      } else {
        total += size(path, seen, limits.maxDocumentBytes());
      }
    }
    return total;
  }

  private static long articleFiles(Path dir, Set<Path> seen, long maxBytes) {
    long total = 0;
    for (String file : InputScanner.articleFiles(dir, new ArrayList<>())) {
      total += size(Path.of(file), seen, maxBytes);
    }
    return total;
  }

  /** The size of a regular readable file within the limit not counted yet, else 0. */
  private static long size(Path file, Set<Path> seen, long maxBytes) {
    try {
      if (!Files.isRegularFile(file) || !Files.isReadable(file) || !seen.add(file.toRealPath())) {
        return 0;
      }
      long size = Files.size(file);
      return size > maxBytes ? 0 : size;
    } catch (IOException | SecurityException e) {
      return 0;
    }
  }
}
