package org.vigie.eval.cleaning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.ingest.CharsetDecoder;

/**
 * trafilatura's evaluation of main-content extraction, on its data layout ({@code evaldata-*.json}
 * keyed by URL, with {@code file}, {@code with}, {@code without}, {@code title}, {@code date}, and
 * the pages in {@code pages/}). Each {@code with} snippet found in the cleaned text is a true
 * positive, each missing one a false negative; each {@code without} snippet found is a false
 * positive, each absent one a true negative. Snippets and text are compared after the same
 * normalisation (NFC, white space including no-break spaces collapsed, curly quotes and apostrophes
 * made straight), so typography does not count. Title accuracy compares normalised titles ignoring
 * case; date accuracy compares the YYYY-MM-DD day of the published date. Stateless.
 *
 * <p>Example: {@code TrafilaturaEval.run(dir, (html, url) -> new CleanedPage(text, title,
 * published)).report()} prints "P 0.950 R 0.925 F1 0.937 ..." and the failed snippets per page.
 */
public final class TrafilaturaEval {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CharsetDecoder DECODER = new CharsetDecoder();

  /** A page cleaner under evaluation: the page's main text, title and publication date. */
  @FunctionalInterface
  public interface PageCleaner {
    CleanedPage clean(String html, String url);
  }

  /** What a cleaner made of one page; title and published may be null. */
  public record CleanedPage(String text, String title, String published) {
    public CleanedPage {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One page's outcome: counts, the snippets that failed ({@code missed}: expected and absent;
   * {@code leaked}: unwanted and present), and whether title and date matched (null when the data
   * gives none).
   */
  public record PageResult(
      String file,
      int tp,
      int fp,
      int fn,
      int tn,
      List<String> missed,
      List<String> leaked,
      Boolean titleCorrect,
      Boolean dateCorrect,
      String title,
      String expectedTitle,
      String published,
      String expectedDate) {
    public PageResult {
      missed = List.copyOf(missed);
      leaked = List.copyOf(leaked);
    }
  }

  /** Totals over the pages. */
  public record Result(List<PageResult> pages) {
    public Result {
      pages = List.copyOf(pages);
    }

    public int tp() {
      return pages.stream().mapToInt(PageResult::tp).sum();
    }

    public int fp() {
      return pages.stream().mapToInt(PageResult::fp).sum();
    }

    public int fn() {
      return pages.stream().mapToInt(PageResult::fn).sum();
    }

    public int tn() {
      return pages.stream().mapToInt(PageResult::tn).sum();
    }

    public double precision() {
      return tp() + fp() == 0 ? 0 : (double) tp() / (tp() + fp());
    }

    public double recall() {
      return tp() + fn() == 0 ? 0 : (double) tp() / (tp() + fn());
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double titleAccuracy() {
      return accuracy(pages.stream().map(PageResult::titleCorrect).toList());
    }

    public double dateAccuracy() {
      return accuracy(pages.stream().map(PageResult::dateCorrect).toList());
    }

    private static double accuracy(List<Boolean> outcomes) {
      long judged = outcomes.stream().filter(Objects::nonNull).count();
      long correct = outcomes.stream().filter(Boolean.TRUE::equals).count();
      return judged == 0 ? 0 : (double) correct / judged;
    }

    /** The figures and, per page, what failed. */
    public String report() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "pages %d  TP %d FP %d FN %d TN %d  P %.3f R %.3f F1 %.3f  title %.3f  date %.3f%n",
              pages.size(),
              tp(),
              fp(),
              fn(),
              tn(),
              precision(),
              recall(),
              f1(),
              titleAccuracy(),
              dateAccuracy()));
      for (PageResult p : pages) {
        boolean failed =
            !p.missed().isEmpty()
                || !p.leaked().isEmpty()
                || Boolean.FALSE.equals(p.titleCorrect())
                || Boolean.FALSE.equals(p.dateCorrect());
        if (!failed) {
          continue;
        }
        out.append("  ").append(p.file()).append('\n');
        for (String s : p.missed()) {
          out.append("    missed  ").append(s).append('\n');
        }
        for (String s : p.leaked()) {
          out.append("    leaked  ").append(s).append('\n');
        }
        if (Boolean.FALSE.equals(p.titleCorrect())) {
          out.append("    title   ")
              .append(p.title())
              .append("  (expected ")
              .append(p.expectedTitle())
              .append(")\n");
        }
        if (Boolean.FALSE.equals(p.dateCorrect())) {
          out.append("    date    ")
              .append(p.published())
              .append("  (expected ")
              .append(p.expectedDate())
              .append(")\n");
        }
      }
      return out.toString();
    }
  }

  private TrafilaturaEval() {}

  /** Runs {@code cleaner} over the data set in {@code dir} (holding one evaldata-*.json). */
  public static Result run(Path dir, PageCleaner cleaner) {
    try {
      Path data;
      try (var files = Files.list(dir)) {
        data =
            files
                .filter(p -> p.getFileName().toString().startsWith("evaldata"))
                .filter(p -> p.getFileName().toString().endsWith(".json"))
                .findFirst()
                .orElseThrow(() -> new IOException("no evaldata*.json in " + dir));
      }
      JsonNode root = JSON.readTree(data.toFile());
      List<PageResult> pages = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> entries = root.fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        pages.add(page(dir, entry.getKey(), entry.getValue(), cleaner));
      }
      return new Result(pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PageResult page(Path dir, String url, JsonNode spec, PageCleaner cleaner)
      throws IOException {
    String file = spec.path("file").asText();
    byte[] bytes = Files.readAllBytes(dir.resolve("pages").resolve(file));
    String html = DECODER.decode(bytes, true).text();
    CleanedPage cleaned = cleaner.clean(html, url);
    String text = SnippetMatcher.normalise(cleaned.text());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    List<String> missed = new ArrayList<>();
    List<String> leaked = new ArrayList<>();
    for (JsonNode s : spec.path("with")) {
      if (text.contains(SnippetMatcher.normalise(s.asText()))) {
        tp++;
      } else {
        fn++;
        missed.add(s.asText());
      }
    }
    for (JsonNode s : spec.path("without")) {
      if (text.contains(SnippetMatcher.normalise(s.asText()))) {
        fp++;
        leaked.add(s.asText());
      } else {
        tn++;
      }
    }
    String expectedTitle = blankToNull(spec.path("title").asText(null));
    String expectedDate = blankToNull(spec.path("date").asText(null));
    Boolean titleCorrect =
        expectedTitle == null
            ? null
            : cleaned.title() != null
                && SnippetMatcher.normalise(cleaned.title())
                    .toLowerCase(Locale.ROOT)
                    .equals(SnippetMatcher.normalise(expectedTitle).toLowerCase(Locale.ROOT));
    Boolean dateCorrect =
        expectedDate == null ? null : expectedDate.strip().equals(day(cleaned.published()));
    return new PageResult(
        file,
        tp,
        fp,
        fn,
        tn,
        missed,
        leaked,
        titleCorrect,
        dateCorrect,
        cleaned.title(),
        expectedTitle,
        cleaned.published(),
        expectedDate);
  }

  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern FRENCH =
      Pattern.compile(
          "(\\d{1,2})(?:er)?\\s+(\\p{L}+)\\.?\\s+(\\d{4})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final List<String> MONTHS =
      List.of(
          "janv", "fév", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc");

  /**
   * The YYYY-MM-DD day of a date as a page writes it (ISO, "23.05.2011", "12 avril 2017"): the
   * later normalisation stage's job, done here only so that dates written either way can be scored.
   */
  public static String day(String published) {
    if (published == null) {
      return null;
    }
    Matcher m = ISO.matcher(published);
    if (m.find()) {
      return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }
    m = NUMERIC.matcher(published);
    if (m.find()) {
      return String.format(
          Locale.ROOT,
          "%s-%02d-%02d",
          m.group(3),
          Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1)));
    }
    m = FRENCH.matcher(published);
    if (m.find()) {
      String month =
          m.group(2)
              .toLowerCase(Locale.ROOT)
              .replace("fev", "fév")
              .replace("dec", "déc")
              .replace("aout", "août");
      for (int i = 0; i < MONTHS.size(); i++) {
        if (month.startsWith(MONTHS.get(i))) {
          return String.format(
              Locale.ROOT, "%s-%02d-%02d", m.group(3), i + 1, Integer.parseInt(m.group(1)));
        }
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
