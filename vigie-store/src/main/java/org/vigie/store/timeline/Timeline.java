package org.vigie.store.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A timeline: the most important days of a selection of articles, oldest first, each with the
 * sentences that say what happened, and where each sentence comes from.
 */
public record Timeline(List<Entry> entries, int articles, int datedSentences) {
  public Timeline {
    entries = List.copyOf(entries);
  }

  /** One day of the timeline: its score and its lines. */
  public record Entry(LocalDate day, double score, int articles, List<Line> lines) {
    public Entry {
      Objects.requireNonNull(day, "day");
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line: a sentence, the article it is quoted from, every article that states the same thing
   * (same incident or near-identical sentence), where its day comes from (an event, the sentence's
   * own time expression, or only its article's publication day), its event type and its casualty
   * figures when the event layer gives them.
   */
  public record Line(
      String text,
      String articleId,
      String outlet,
      List<Source> sources,
      DatedSentence.DateSource dated,
      String eventType,
      Integer killed,
      Integer injured) {
    public Line {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(dated, "dated");
      sources = List.copyOf(sources);
    }
  }

  /** An article stating a line, with its outlet and publication day. */
  public record Source(String articleId, String outlet, LocalDate published) {
    public Source {
      Objects.requireNonNull(articleId, "articleId");
    }
  }
}
