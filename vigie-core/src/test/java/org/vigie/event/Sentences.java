package org.vigie.event;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Event;
import org.vigie.model.Sentence;
import org.vigie.time.TimeExpressions;

/** Test helper: sentences cut at ". " (no linguistic backend in vigie-core's tests). */
final class Sentences {
  static final EventExtractor EXTRACTOR = new EventExtractor();

  private Sentences() {}

  static List<Sentence> of(String text) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        out.add(new Sentence(start, i + 1, 0, 0));
        start = i + 2;
      }
    }
    if (start < text.length()) {
      out.add(new Sentence(start, text.length(), 0, 0));
    }
    return out;
  }

  static EventExtractor.Result extract(String text) {
    return EXTRACTOR.extract(
        text, of(text), List.of(), new TimeExpressions(List.of(), "2020-11-10", false), List.of());
  }

  static List<Event> events(String text) {
    return extract(text).events();
  }

  /** Whether the text states an event of the given type. */
  static boolean hasType(String text, String type) {
    return events(text).stream().anyMatch(e -> e.type().equals(type));
  }

  /** The one event of the given type, failing when there is none. */
  static Event ofType(String text, String type) {
    return events(text).stream()
        .filter(e -> e.type().equals(type))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in: " + text + " " + events(text)));
  }
}
