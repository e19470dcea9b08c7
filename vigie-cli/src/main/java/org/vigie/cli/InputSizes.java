package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Total size of the named inputs, for the progress ETA; 0 when unknown (stdin). */
final class InputSizes {
  private InputSizes() {}

  static long total(List<String> paths) {
    long total = 0;
    for (String name : paths) {
      if (name.equals("-")) {
        return 0;
      }
      Path path = Path.of(name);
      try (Stream<Path> files = Files.walk(path)) {
        total += files.filter(Files::isRegularFile).mapToLong(InputSizes::size).sum();
      } catch (IOException | UncheckedIOException e) {
        // A missing path is reported by the scanner; here it only counts for nothing.
      }
    }
    return total;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
