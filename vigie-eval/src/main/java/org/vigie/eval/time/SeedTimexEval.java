package org.vigie.eval.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.SeedArticles;
import org.vigie.model.Article;
import org.vigie.model.Timex;
import org.vigie.time.TimeExpressionStage;
import org.vigie.time.TimeExpressions;

/**
 * Scores the time stage on the seeds' expected {@code timex} lists: each expected expression is
 * looked up in the cleaned text (its repaired form), the predicted expression overlapping it most
 * is taken, and its value is right when it equals the expected value or one of its {@code alt}
 * values. An expected expression with {@code role: publication} is the page's date line, which
 * cleaning removes from the text: it is checked against the article's publication date instead.
 */
public final class SeedTimexEval {
  private final ObjectMapper json = new ObjectMapper();

  /** One expected expression and what was found for it. */
  public record Check(String seed, String text, String expected, String found, boolean right) {}

  /** All checks. */
  public record Report(List<Check> checks) {
    public Report {
      checks = List.copyOf(checks);
    }

    public double accuracy() {
      return checks.isEmpty()
          ? 0
          : (double) checks.stream().filter(Check::right).count() / checks.size();
    }

    public String render() {
      StringBuilder out = new StringBuilder();
      for (Check c : checks) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %s %s %-30s expected %-24s found %s%n",
                c.right() ? "ok  " : "MISS",
                c.seed(),
                "'" + c.text() + "'",
                c.expected(),
                c.found()));
      }
      out.append(
          String.format(
              Locale.ROOT,
              "  value accuracy %.3f (%d/%d)%n",
              accuracy(),
              checks.stream().filter(Check::right).count(),
              checks.size()));
      return out.toString();
    }
  }

  /** Cleans each seed with {@code cleaning} and runs {@code stage} on its text and date. */
  public Report evaluate(Path seeds, Analyzer cleaning, TimeExpressionStage stage)
      throws IOException {
    return evaluate(
        seeds, cleaning, (text, published) -> stage.analyze(text, published, new ArrayList<>()));
  }

  /**
   * The same scoring for any tagger (HeidelTime beside the stage): {@code tagger} maps the cleaned
   * text and cleaning's publication date to time expressions and the date they were anchored on.
   */
  public Report evaluate(
      Path seeds, Analyzer cleaning, BiFunction<String, String, TimeExpressions> tagger)
      throws IOException {
    List<Check> checks = new ArrayList<>();
    for (SeedArticles.Annotated annotated : SeedArticles.read(seeds)) {
      JsonNode expected = annotated.expected();
      String seed = expected.path("doc").asText();
      Article article = SeedArticles.analyze(annotated.article(), cleaning);
      String text = article.text();
      String published = article.published();
      TimeExpressions time = tagger.apply(text, published);
      int from = 0;
      for (JsonNode t : expected.path("timex")) {
        String surface = t.path("text").asText();
        List<String> accepted = new ArrayList<>();
        accepted.add(t.path("value").asText());
        t.path("alt").forEach(a -> accepted.add(a.asText()));
        String found;
        if ("publication".equals(t.path("role").asText(null))
            || t.path("role").asText("").startsWith("publication")) {
          found = time.published();
        } else {
          int at = find(text, surface, from);
          if (at < 0) {
            at = find(text, surface, 0);
          }
          found = at < 0 ? null : best(time.timexes(), at, at + surface.length());
          if (at >= 0) {
            from = at + surface.length();
          }
        }
        checks.add(
            new Check(
                seed.substring(0, 3), surface, accepted.get(0), found, accepted.contains(found)));
      }
    }
    return new Report(checks);
  }

  /** Finds the expected surface, tolerant of the apostrophe written either way. */
  private static int find(String text, String surface, int from) {
    int at = text.indexOf(surface, from);
    if (at < 0) {
      at = text.indexOf(surface.replace('’', '\''), from);
    }
    if (at < 0) {
      at = text.indexOf(surface.replace('\'', '’'), from);
    }
    return at;
  }

  private static String best(List<Timex> timexes, int start, int end) {
    Timex best = null;
    int bestOverlap = 0;
    for (Timex t : timexes) {
      int overlap = Math.min(end, t.end()) - Math.max(start, t.start());
      if (overlap > bestOverlap) {
        best = t;
        bestOverlap = overlap;
      }
    }
    return best == null ? null : best.value();
  }
}
