package org.vigie.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.testing.AnalyzerContract;

/**
 * Quotation marks as the web serves them: unbalanced, stray, nested deep, a 10,000-word quote, a
 * text made of marks. Each gives an article (spans inside the text) and, where marks are left open,
 * a diagnostic; none may crash or hang.
 */
class QuoteHostileInputTest {
  private static Article analyze(String text) {
    FrenchQuoteTableTest.load();
    Article article = FrenchQuoteTableTest.analyze(text);
    AnalyzerContract.checkSpans(article);
    return article;
  }

  @Test
  void anUnclosedQuoteEndsWithItsParagraphAndSaysSo() {
    Article a =
        analyze(
            "« Nous ne partirons pas d'ici, a déclaré le chef rebelle Ahmed Ali.\n"
                + "Les combats ont repris dans la soirée, selon des témoins.");
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("quote-unclosed")));
    assertTrue(a.quotes().stream().anyMatch(q -> q.text().contains("Les combats ont repris")));
  }

  /** Regression: a document noun as the article's last word read past the last word. */
  @Test
  void aDocumentNounEndingTheTextIsNoProblem() {
    Article a = analyze("Les combats ont repris, selon le communiqué");
    assertTrue(a.quotes().size() <= 1);
  }

  @Test
  void strayClosingMarksAreIgnored() {
    Article a =
        analyze("» Les combats ont repris » dans la nuit », a déclaré le général Jean Martin.");
    assertTrue(a.quotes().size() <= 1, () -> a.quotes().toString());
  }

  @Test
  void aTenThousandWordQuoteIsOneQuote() {
    StringBuilder words = new StringBuilder("« ");
    for (int i = 0; i < 10_000; i++) {
      words.append(i % 12 == 11 ? "mot. " : "mot ");
    }
    words.append("», a déclaré le ministre Jean Dupont.");
    Article a = analyze(words.toString());
    assertEquals(1, a.quotes().size());
    Quote q = a.quotes().get(0);
    assertEquals("Jean Dupont", q.speaker().canonical());
    assertTrue(q.text().length() > 39_000);
  }

  @Test
  void quotesInsideQuotesInsideQuotesAreOneQuote() {
    String nested = "« a « b « c « d » c » b » a », a affirmé Mme Anne Martin.";
    Article a = analyze(nested);
    assertEquals(1, a.quotes().size());
    assertTrue(a.quotes().get(0).text().contains("« d »"));
  }

  @Test
  void aTextMadeOfQuotationMarksGivesAnArticle() {
    Article marks = analyze("«".repeat(3_000) + "»".repeat(1_000) + "\"“”„‹›'".repeat(500));
    assertTrue(marks.quotes().isEmpty());
    Article deep = analyze("« ".repeat(5_000) + "a déclaré le ministre Jean Dupont.");
    assertTrue(deep.quotes().isEmpty(), () -> deep.quotes().toString());
  }

  @Test
  void unbalancedMarksOverAThousandParagraphsAreBoundedAndReported() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      text.append("« Le paragraphe ").append(i).append(" ne ferme pas, dit le témoin.\n");
    }
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> analyze(text.toString()));
    assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("quote-unclosed")));
  }

  @Test
  void aLongInterviewWithoutAttributionIsBounded() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 120_000; i++) {
      text.append(i % 2 == 0 ? "Q : " : "R : ")
          .append("que pensez-vous de la situation dans la région ce soir ? ".repeat(3))
          .append('\n');
    }
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> analyze(text.toString()));
    assertTrue(a.quotes().size() <= 2_000);
  }

  @Test
  void fiveHundredIncisesInARowAreBounded() {
    StringBuilder text = new StringBuilder("« Nous restons");
    for (int i = 0; i < 500; i++) {
      text.append(" », dit-il, « et nous restons");
    }
    text.append(" », a conclu le ministre Jean Dupont.");
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> analyze(text.toString()));
    assertTrue(a.quotes().size() <= 501);
  }

  @Test
  void aThousandPostsAreCappedOrKept() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      text.append("@compte").append(i).append(" : nous sommes toujours sur la place\n");
    }
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> analyze(text.toString()));
    assertTrue(a.quotes().size() <= 2_000);
  }
}
