package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.lexicon.Lexicon;
import org.vigie.model.Article;
import org.vigie.model.Source;

/**
 * Cleaning on hostile text: bounded and never a crash. The timeout is a hang guard (minutes of
 * slack), not a speed target; speed is measured by {@code vigie bench}.
 */
class HostileCleaningTest {
  private static final Analyzer CLEANING =
      Analyzer.cleaningOnly(Lexicon.EMPTY, RecurringLines.NONE);

  private static Article clean(String raw) {
    RawArticle article =
        new RawArticle(
            "t", new Source(null, null, null), InputFormat.TEXT, raw, null, null, null, List.of());
    AnalysisOutcome outcome = CLEANING.analyze(article);
    assertTrue(outcome instanceof AnalysisOutcome.Analyzed, outcome.toString());
    return ((AnalysisOutcome.Analyzed) outcome).article();
  }

  @Test
  void aTwentyMegabyteLineOfNoticeWordsEndsInBoundedTime() {
    String line =
        "offre abonnement cookies navigation newsletter inscrivez 26mars l' et la , "
            .repeat(270_000);
    Article article = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> clean(line));
    assertTrue(article.cleaning().damage().size() <= 1000);
    assertTrue(article.cleaning().repairs().size() <= 1000);
  }

  @Test
  void aTextOfQuotationMarksAndPunctuationGivesAResult() {
    clean("« » « « » ” “ \" ' ’ ‘ … ... ; : , . ! ?\n".repeat(10_000));
  }

  @Test
  void aPageOfNavigationOnlyGivesAnEmptyTextAndADiagnostic() {
    Article article = clean("Accueil\nMenu\nRechercher\nSe connecter\nPartager\nNewsletter\n");
    assertEquals("", article.text());
    assertTrue(
        article.diagnostics().stream().anyMatch(d -> d.code().equals("no-content")),
        article.diagnostics().toString());
  }

  @Test
  void anEmptyInputGivesAnEmptyText() {
    assertEquals("", clean("").text());
  }
}
