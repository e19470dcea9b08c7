package org.vigie.eval.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One headline of news-clusters-fr with its gold story ({@code category/cluster}). */
public record Headline(String id, String gold, String text) {
  /** Reads {@code categories.csv}: category TAB cluster-index TAB headline, blank lines between. */
  public static List<Headline> read(Path csv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Headline> out = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t", 3);
      if (cols.length < 3 || cols[2].isBlank()) {
        continue;
      }
      out.add(new Headline("h" + out.size(), cols[0] + "/" + cols[1], cols[2].strip()));
    }
    return out;
  }
}
