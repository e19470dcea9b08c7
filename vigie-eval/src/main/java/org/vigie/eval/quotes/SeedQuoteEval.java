package org.vigie.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.SeedArticles;
import org.vigie.eval.cleaning.SnippetMatcher;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.quote.SpeakerNames;

/**
 * Scores quotes against annotated articles ({@code expected/*.json}, key {@code quotes}): a
 * predicted quote matches a gold one when its text contains the gold snippet (one prediction per
 * gold quote); the speaker is right when the canonical names agree (same key under {@link
 * SpeakerNames}: case, accents, determiner and transliteration aside). Predictions matching an
 * {@code optional_quotes} entry count neither way. Reports detection precision, recall and F1,
 * speaker accuracy on detected quotes, and attributed F1 (detected with the right speaker).
 */
public final class SeedQuoteEval {

  /** One gold quote and what became of it, or one unmatched prediction. */
  public record Outcome(String seed, String kind, String detail) {}

  /** Counts and the outcomes worth reading. */
  public record Report(
      int gold, int predicted, int ignored, int detected, int attributed, List<Outcome> outcomes) {
    public double precision() {
      return ratio(detected, predicted - ignored);
    }

    public double recall() {
      return ratio(detected, gold);
    }

    public double f1() {
      return harmonic(precision(), recall());
    }

    public double speakerAccuracy() {
      return ratio(attributed, detected);
    }

    public double attributedF1() {
      return harmonic(ratio(attributed, predicted - ignored), ratio(attributed, gold));
    }

    public String render(boolean details) {
      StringBuilder out = new StringBuilder();
      if (details) {
        for (Outcome o : outcomes) {
          out.append(String.format(Locale.ROOT, "  %-8s %s %s%n", o.kind(), o.seed(), o.detail()));
        }
      }
      out.append(
          String.format(
              Locale.ROOT,
              "  quotes: gold %d, predicted %d (%d optional), detected %d%n"
                  + "  detection P %.3f  R %.3f  F1 %.3f%n"
                  + "  speaker accuracy %.3f (%d/%d)  attributed F1 %.3f%n",
              gold,
              predicted,
              ignored,
              detected,
              precision(),
              recall(),
              f1(),
              speakerAccuracy(),
              attributed,
              detected,
              attributedF1()));
      return out.toString();
    }
  }

  public Report evaluate(Path folder, Analyzer analyzer) {
    int gold = 0;
    int predicted = 0;
    int ignored = 0;
    int detected = 0;
    int attributed = 0;
    List<Outcome> outcomes = new ArrayList<>();
    for (SeedArticles.Annotated seed : SeedArticles.read(folder)) {
      Article article = SeedArticles.analyze(seed.article(), analyzer);
      List<Quote> open = new ArrayList<>(article.quotes());
      predicted += open.size();
      for (JsonNode g : seed.expected().path("quotes")) {
        gold++;
        String snippet = g.path("snippet").asText();
        String speaker = g.path("speaker").asText();
        Quote match = take(open, snippet);
        if (match == null) {
          outcomes.add(new Outcome(seed.label(), "MISSED", speaker + ": " + snippet));
          continue;
        }
        detected++;
        String canonical = match.speaker().canonical();
        if (canonical != null && SpeakerNames.key(canonical).equals(SpeakerNames.key(speaker))) {
          attributed++;
        } else {
          outcomes.add(
              new Outcome(
                  seed.label(),
                  "SPEAKER",
                  snippet + " → " + match.speaker().text() + " = " + canonical + " ≠ " + speaker));
        }
      }
      for (JsonNode optional : seed.expected().path("optional_quotes")) {
        if (take(open, optional.path("snippet").asText()) != null) {
          ignored++;
        }
      }
      for (Quote extra : open) {
        outcomes.add(
            new Outcome(
                seed.label(),
                "EXTRA",
                extra.speaker().canonical() + " [" + extra.kind().json() + "]: " + abbrev(extra)));
      }
    }
    return new Report(gold, predicted, ignored, detected, attributed, outcomes);
  }

  private static Quote take(List<Quote> open, String snippet) {
    for (int i = 0; i < open.size(); i++) {
      if (SnippetMatcher.contains(open.get(i).text(), snippet)) {
        return open.remove(i);
      }
    }
    return null;
  }

  private static String abbrev(Quote q) {
    String text = q.text();
    return text.length() <= 90 ? text : text.substring(0, 87) + "...";
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double harmonic(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
