package org.vigie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accepting to let the reporter in or to answer is no agreement; accepting to act in the crisis is
 * one. One row per construction, and the look-alikes that stay agreements.
 */
class ReporterConsentTest {
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The writer as the act's object, an incise between the verb and its "de".
        "Seule la mairie a accepté, samedi, de nous ouvrir ses archives. | false",
        "Le directeur de la prison a accepté de me recevoir dans son bureau. | false",
        // An interview's act.
        "Un officier a accepté de répondre à nos questions sous couvert d'anonymat. | false",
        "Une infirmière a accepté de témoigner devant la caméra. | false",
        // Accepting to act in the crisis, or accepting a plan, is an agreement.
        "L'Union africaine a accepté de superviser le retrait des milices. | true",
        "Le gouvernement a accepté le plan de paix de la Ligue arabe. | true"
      })
  void consentToTheReporterIsNoAgreement(String sentence, boolean agreement) {
    assertEquals(
        agreement, Sentences.hasType(sentence, "AGREE"), Sentences.events(sentence).toString());
  }
}
