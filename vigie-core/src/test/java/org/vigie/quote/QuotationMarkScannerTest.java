package org.vigie.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotationMarkScannerTest {
  private static List<String> contents(String text) {
    return new QuotationMarkScanner()
        .scan(text).spans().stream()
            .map(s -> text.substring(s.contentStart(), s.contentEnd()))
            .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          « Nous restons », a-t-il dit.                         | Nous restons
          “Nous restons”, a-t-il dit.                           | Nous restons
          „Nous restons“, a-t-il dit.                           | Nous restons
          ‹ Nous restons ›, a-t-il dit.                         | Nous restons
          "Nous restons", a-t-il dit.                           | Nous restons
          'Nous restons', a-t-il dit.                           | Nous restons
          Il a dit :"Nous restons".                             | Nous restons
          « Bruxelles impose ses « services » », a-t-il noté.   | Bruxelles impose ses « services »
          « a “ b » c                                           | a “ b
          L'Arménie et aujourd'hui l'accord.                    | ''
          """)
  void findsTheOutermostQuotation(String text, String expected) {
    List<String> found = contents(text);
    if (expected.isEmpty()) {
      assertTrue(found.isEmpty(), found::toString);
    } else {
      assertEquals(List.of(expected), found);
    }
  }

  @Test
  void aQuotationOverSeveralParagraphsReopensEachWithGuillemets() {
    String text = "« Premier paragraphe.\n« Second paragraphe », a-t-elle conclu.";
    assertEquals(List.of("Premier paragraphe.\n« Second paragraphe"), contents(text));
  }

  @Test
  void anUnclosedQuotationEndsWithItsParagraphWithADiagnostic() {
    String text = "« Nous restons, a-t-il dit.\nLa suite.";
    QuotationMarkScanner.Result result = new QuotationMarkScanner().scan(text);
    assertEquals(List.of("Nous restons, a-t-il dit."), contents(text));
    assertEquals(false, result.spans().get(0).closed());
    assertEquals("quote-unclosed", result.diagnostics().get(0).code());
  }

  @Test
  void marksAloneAreBounded() {
    String marks = "«".repeat(100_000) + "»".repeat(50_000);
    QuotationMarkScanner.Result result = new QuotationMarkScanner().scan(marks);
    assertTrue(result.spans().size() <= 1);
  }
}
