package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Service notices read by the vocabulary of their class (sentences written for this test). */
class ServiceNoticesTest {
  private final ServiceNotices notices = new ServiceNotices();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "device notice addressing the reader | Vous ne pouvez lire ce journal que sur un seul appareil à la fois. | device",
        "a long data-protection notice       | Votre adresse nous sert à vous envoyer la lettre du matin et les alertes que vous avez choisies chaque semaine. Conformément à la loi informatique et libertés, modifiée depuis, vous disposez d'un droit d'accès, de rectification et d'effacement des informations vous concernant, que vous pouvez exercer à tout moment en écrivant à notre service des lecteurs ou depuis la page de votre profil. | privacy",
        "a long news paragraph on data       | Le gouvernement a présenté mardi un projet de loi sur les données personnelles des citoyens, qui oblige les opérateurs à conserver pendant un an les métadonnées des communications, une mesure que l'opposition juge contraire aux libertés publiques et que plusieurs associations ont promis de contester devant le Conseil constitutionnel dès son adoption par le Parlement, prévue avant l'été. | -",
        "news naming an account              | Le porte-parole a publié le message sur son compte Twitter mardi soir. | -",
        "a reader's blog disclaimer          | Le blog de Paul Martin. Ce blog est personnel, la rédaction n'est pas à l'origine de ses contenus. | disclaimer",
        "a guest column's disclaimer         | Les opinions exprimées dans cette tribune n'engagent que leurs auteurs. | disclaimer",
        "news on a reform not undertaken     | Le gouvernement n'engage aucune réforme et la rédaction du texte traîne. | -",
      })
  void noticesByClass(String kind, String line, String reason) {
    assertEquals(reason, notices.reason(line), kind);
  }
}
