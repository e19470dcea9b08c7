package org.vigie.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a word-list resource bundled with the code: one per line, UTF-8, blank lines and
 * {@code #} comments skipped, each entry stripped. A missing resource is a build error, so it
 * throws.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** The entries of {@code resource}, found relative to {@code owner}'s package. */
  public static List<String> of(Class<?> owner, String resource) {
    List<String> entries = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
