package org.vigie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.Diagnostic;
import org.vigie.model.Timex;

/** Document creation time, the quote-date rule, bounds and hostile input. */
class TimeExpressionStageTest {
  private final TimeExpressionStage stage = new TimeExpressionStage();

  private TimeExpressions run(String text, String dct, List<Diagnostic> diagnostics) {
    return stage.analyze(text, dct, diagnostics);
  }

  private static boolean has(List<Diagnostic> diagnostics, String code) {
    return diagnostics.stream().anyMatch(d -> d.code().equals(code));
  }

  @Test
  void publicationDateIsInferredFromTheLatestDateAndTheWeekdaysNamed() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time =
        run(
            "Les combats ont éclaté le dimanche 27 septembre 2020. Lavrov a déclaré mercredi que"
                + " Moscou était prêt. Il y a quatre jours, la guerre a repris.",
            null,
            diagnostics);
    assertEquals("2020-09-30", time.published());
    assertTrue(time.publishedInferred());
    assertTrue(has(diagnostics, "published-inferred"), diagnostics.toString());
    assertTrue(has(diagnostics, "timex-inferred-anchor"), diagnostics.toString());
    Timex mercredi =
        time.timexes().stream().filter(t -> t.text().equals("mercredi")).findFirst().orElseThrow();
    assertEquals("2020-09-30", mercredi.value());
  }

  @Test
  void weekdaysAloneGiveTheWeekdayOfWriting() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time =
        run(
            "Lavrov a déclaré mercredi que Moscou était prêt. Les combats ont éclaté dimanche"
                + " matin.",
            null,
            diagnostics);
    assertEquals("XXXX-WXX-3", time.published());
    assertTrue(time.publishedInferred());
    assertTrue(has(diagnostics, "published-inferred"), diagnostics.toString());
    assertEquals("XXXX-WXX-7TMO", time.timexes().get(1).value());
  }

  @Test
  void noDateInTheTextMeansNoInference() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time =
        run("Lavrov a déclaré mercredi que Moscou était prêt.", null, diagnostics);
    assertNull(time.published());
    assertFalse(time.publishedInferred());
    assertEquals("XXXX-WXX-3", time.timexes().get(0).value());
  }

  @Test
  void aStatedPublicationDateIsNeverReplaced() {
    TimeExpressions time = run("Le 27 septembre 2021, la guerre.", "2020-10-30", new ArrayList<>());
    assertEquals("2020-10-30", time.published());
    assertFalse(time.publishedInferred());
  }

  @Test
  void aQuoteTakesTheDateOfItsSentenceElseThePublicationDate() {
    String text =
        "« Nous sommes prêts », a déclaré Lavrov le 23 octobre. « La trêve tient », a-t-il ajouté.";
    TimeExpressions time = run(text, "2020-10-30T06:00+01:00", new ArrayList<>());
    int second = text.indexOf("« La trêve");
    assertEquals("2020-10-23", time.dateFor(0, second, text.indexOf("a déclaré")));
    assertEquals("2020-10-30", time.dateFor(second, text.length(), text.indexOf("a-t-il")));
  }

  @Test
  void aQuoteWithoutAnyDateHasNone() {
    TimeExpressions time = run("« Rien », a-t-il dit.", null, new ArrayList<>());
    assertNull(time.dateFor(0, 21, 10));
  }

  @Test
  void theThirtyFirstOfFebruaryIsLeftOutWithADiagnostic() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time = run("Il viendra le 31 février.", "2020-10-30", diagnostics);
    assertTrue(time.timexes().isEmpty(), time.timexes().toString());
    assertTrue(has(diagnostics, "timex-invalid-date"), diagnostics.toString());
  }

  @Test
  void aYearBeyondTheCalendarIsLeftOutWithADiagnostic() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time = run("Ce sera pour l’an 99999.", "2020-10-30", diagnostics);
    assertTrue(time.timexes().isEmpty(), time.timexes().toString());
    assertTrue(has(diagnostics, "timex-out-of-range"), diagnostics.toString());
  }

  @Test
  void aLineOfTenThousandNumbersCostsBoundedTimeAndNoYears() {
    StringBuilder line = new StringBuilder();
    Random random = new Random(5);
    for (int i = 0; i < 10_000; i++) {
      line.append(1000 + random.nextInt(9000)).append(' ');
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2), () -> run(line.toString(), "2020-10-30", diagnostics));
    assertTrue(time.timexes().size() < 10, "digit groups read as years: " + time.timexes().size());
  }

  @Test
  void tenThousandNumericDatesInARowCostBoundedTime() {
    String line = "12/05/2020 ".repeat(10_000) + "1/2/3/4/5/6/7/8/9/".repeat(2_000);
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2), () -> run(line, "2020-10-30", diagnostics));
    assertEquals(2_000, time.timexes().size(), "capped at the stage's bound");
    assertTrue(has(diagnostics, "timex-capped"));
  }

  @Test
  void arabicIndicDigitsGiveNoDateAndADiagnostic() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time =
        run("Le sommet s’ouvre le ١٢ mars ٢٠٢٠ à Doha.", "2020-10-30", diagnostics);
    assertTrue(time.timexes().stream().noneMatch(t -> t.value().startsWith("2020-03-12")));
    assertTrue(has(diagnostics, "time-foreign-digits"), diagnostics.toString());
  }

  @Test
  void manyExpressionsAreCappedWithADiagnostic() {
    TimeExpressionStage small = new TimeExpressionStage(new TimeExpressionStage.Config(10_000, 5));
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time = small.analyze("hier, ".repeat(20), "2020-10-30", diagnostics);
    assertEquals(5, time.timexes().size());
    assertTrue(has(diagnostics, "timex-capped"));
  }

  @Test
  void longTextIsReadUpToTheBoundWithADiagnostic() {
    TimeExpressionStage small = new TimeExpressionStage(new TimeExpressionStage.Config(100, 50));
    List<Diagnostic> diagnostics = new ArrayList<>();
    TimeExpressions time = small.analyze("x".repeat(200) + " hier", "2020-10-30", diagnostics);
    assertTrue(time.timexes().isEmpty());
    assertTrue(has(diagnostics, "time-text-truncated"));
  }

  @Test
  void mixedScriptsAndJunkNeverThrowAndSpansStayInside() {
    Random random = new Random(42);
    String alphabet =
        "le 12 mars 2020 hier à 8 h مارس ١٢ 三月 İI ıi ß\u00A0\u202F’'-—,.;\n0123456789";
    for (int n = 0; n < 300; n++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      String dct = n % 3 == 0 ? null : n % 3 == 1 ? "2020-02-29" : "XXXX-12-31";
      TimeExpressions time = run(text, dct, new ArrayList<>());
      int end = 0;
      for (Timex t : time.timexes()) {
        assertTrue(t.start() >= end && t.end() <= text.length(), t + " in " + text);
        assertEquals(text.substring(t.start(), t.end()), t.text());
        end = t.end();
      }
    }
  }

  @Test
  void theSameTextGivesTheSameResultEveryTime() {
    String text = "Le 19 septembre, l’attaque. Le lendemain, la trêve. Mercredi, le vote.";
    assertEquals(run(text, null, new ArrayList<>()), run(text, null, new ArrayList<>()));
  }
}
