package org.vigie.eval.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.analysis.Analyzer;
import org.vigie.eval.SeedArticles;
import org.vigie.model.Article;
import org.vigie.model.Damage;

/**
 * Scores cleaning on the seed articles against {@code seeds/expected/*.json}: listed boilerplate
 * gone, content kept (quote, event and must-keep snippets, time expressions as repaired), title,
 * publication date, dateline and outlet right, glued words repaired, damaged spans flagged. A
 * snippet inside a line that is itself boilerplate does not count as content.
 */
public final class SeedCleaningEval {

  /** One scored check: what was checked, in which seed, and whether it passed. */
  public record Check(String seed, String kind, String detail, boolean passed) {}

  /** All checks, and the tallies per kind. */
  public record Report(List<Check> checks) {
    public long passed(String kind) {
      return checks.stream().filter(c -> c.kind().equals(kind) && c.passed()).count();
    }

    public long total(String kind) {
      return checks.stream().filter(c -> c.kind().equals(kind)).count();
    }

    public String render() {
      StringBuilder out = new StringBuilder();
      for (Check c : checks) {
        if (!c.passed()) {
          out.append(
              String.format(Locale.ROOT, "  MISS %s %-11s %s%n", c.seed(), c.kind(), c.detail()));
        }
      }
      for (String kind :
          List.of(
              "boilerplate",
              "content",
              "title",
              "published",
              "dateline",
              "outlet",
              "repair",
              "damage")) {
        out.append(String.format(Locale.ROOT, "  %-11s %d/%d%n", kind, passed(kind), total(kind)));
      }
      return out.toString();
    }
  }

  public Report evaluate(Path seeds, Analyzer analyzer) {
    List<Check> checks = new ArrayList<>();
    for (SeedArticles.Annotated seed : SeedArticles.read(seeds)) {
      Article article = SeedArticles.analyze(seed.article(), analyzer);
      checks.addAll(score(seed.article(), seed.expected(), article));
    }
    return new Report(checks);
  }

  private static List<Check> score(Path file, JsonNode expected, Article article) {
    String seed = file.getFileName().toString().substring(0, 3);
    String raw;
    try {
      raw = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = article.text();
    List<Check> checks = new ArrayList<>();
    List<String> boilerplate = strings(expected.path("boilerplate_snippets"));
    for (String snippet : boilerplate) {
      checks.add(new Check(seed, "boilerplate", snippet, !SnippetMatcher.contains(text, snippet)));
    }
    List<String> content = new ArrayList<>(strings(expected.path("content_must_keep")));
    for (String list : List.of("quotes", "events")) {
      for (JsonNode item : expected.path(list)) {
        content.add(item.path("snippet").asText());
      }
    }
    for (JsonNode timex : expected.path("timex")) {
      if (!timex.path("role").asText().startsWith("publication")) {
        content.add(timex.path("text").asText());
      }
    }
    for (String snippet : content) {
      if (!snippet.isBlank() && !insideBoilerplate(snippet, boilerplate)) {
        checks.add(new Check(seed, "content", snippet, SnippetMatcher.contains(text, snippet)));
      }
    }
    checks.add(equal(seed, "title", expected.path("title"), article.title()));
    JsonNode published = expected.path("published");
    boolean dateRight = same(published, article.published());
    for (JsonNode alt : expected.path("published_alt")) {
      dateRight |= same(alt, article.published());
    }
    checks.add(new Check(seed, "published", published + " vs " + article.published(), dateRight));
    if (expected.has("dateline")) {
      String place = article.dateline() == null ? null : article.dateline().place();
      checks.add(equal(seed, "dateline", expected.path("dateline"), place));
    }
    if (expected.has("outlet")) {
      checks.add(equal(seed, "outlet", expected.path("outlet"), article.source().outlet()));
    }
    for (JsonNode glued : expected.path("glued_words")) {
      String rawForm = glued.path("raw").asText();
      if (insideBoilerplate(rawForm, boilerplate)) {
        continue;
      }
      String fixed = glued.path("fixed").asText();
      boolean repaired =
          SnippetMatcher.contains(text, fixed) && !SnippetMatcher.contains(text, rawForm);
      checks.add(new Check(seed, "repair", rawForm + " → " + fixed, repaired));
    }
    for (JsonNode damaged : expected.path("damaged_spans")) {
      String snippet = damaged.path("snippet").asText();
      int at = SnippetMatcher.normalise(text).indexOf(SnippetMatcher.normalise(snippet));
      boolean flagged = at >= 0 && overlaps(article.cleaning().damage(), text, snippet);
      checks.add(new Check(seed, "damage", snippet, flagged));
    }
    return checks;
  }

  /** Whether a damage span lies inside one occurrence of the snippet in the text. */
  private static boolean overlaps(List<Damage> damage, String text, String snippet) {
    for (int at = text.indexOf(snippet); at >= 0; at = text.indexOf(snippet, at + 1)) {
      int end = at + snippet.length();
      for (Damage d : damage) {
        if (d.start() < end && d.end() > at) {
          return true;
        }
      }
    }
    String folded = snippet.replace('\u2019', '\'');
    return !folded.equals(snippet) && overlaps(damage, text, folded);
  }

  private static boolean insideBoilerplate(String snippet, List<String> boilerplate) {
    return boilerplate.stream().anyMatch(b -> SnippetMatcher.contains(b, snippet));
  }

  private static Check equal(String seed, String kind, JsonNode expected, String actual) {
    return new Check(seed, kind, expected + " vs " + actual, same(expected, actual));
  }

  private static boolean same(JsonNode expected, String actual) {
    if (expected.isMissingNode() || expected.isNull()) {
      return actual == null;
    }
    return actual != null
        && SnippetMatcher.normalise(expected.asText()).equals(SnippetMatcher.normalise(actual));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
