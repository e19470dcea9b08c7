package org.vigie.eval.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A human-written timeline in the timeline17/CL-TLS text format: a date line ({@code 2011-03-20}),
 * the day's sentences one per line, then a line of dashes. Read-only.
 */
public record ReferenceTimeline(Map<LocalDate, List<String>> days) {
  public ReferenceTimeline {
    days = java.util.Collections.unmodifiableMap(new TreeMap<>(days));
  }

  public static ReferenceTimeline read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the reference timeline " + file, e);
    }
    Map<LocalDate, List<String>> days = new TreeMap<>();
    LocalDate current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("---")) {
        current = null;
        continue;
      }
      if (current == null) {
        try {
          current = LocalDate.parse(line);
          days.computeIfAbsent(current, d -> new ArrayList<>());
          continue;
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(file + ": expected a date line, found: " + line, e);
        }
      }
      days.get(current).add(line);
    }
    return new ReferenceTimeline(days);
  }

  /** The first day of the reference (the timeline's period starts there). */
  public LocalDate first() {
    return days.keySet().stream().min(LocalDate::compareTo).orElseThrow();
  }

  /** The last day of the reference. */
  public LocalDate last() {
    return days.keySet().stream().max(LocalDate::compareTo).orElseThrow();
  }

  /** The mean number of sentences per day, rounded: the length news-tls asks of a system. */
  public int sentencesPerDay() {
    double mean = days.values().stream().mapToInt(List::size).average().orElse(1);
    return Math.max(1, (int) Math.round(mean));
  }
}
