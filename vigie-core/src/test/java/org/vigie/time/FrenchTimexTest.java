package org.vigie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Diagnostic;
import org.vigie.model.Timex;

/**
 * Recognition and normalisation, one French behaviour per row. Rows with a publication date use
 * Friday 30 October 2020; rows marked "none" have no publication date at all.
 */
class FrenchTimexTest {
  static final String DCT = "2020-10-30T06:00+01:00";
  private static final TimeExpressionStage STAGE = new TimeExpressionStage();

  static Timex only(String text, String dct, String expectedText) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Timex> found = STAGE.analyze(text, dct, diagnostics).timexes();
    Timex match =
        found.stream().filter(t -> t.text().equals(expectedText)).findFirst().orElse(null);
    assertNotNull(match, "'" + expectedText + "' not found in " + found);
    return match;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "full date                   | Il est né le 9 novembre 2020 à Bakou.            | le 9 novembre 2020       | DATE     | 2020-11-09",
        "first of the month          | Le 1er mai 1962, tout a changé.                  | Le 1er mai 1962          | DATE     | 1962-05-01",
        "day and month, news year    | Ils se sont vus le 23 octobre dernier.           | le 23 octobre dernier    | DATE     | 2020-10-23",
        "dernier goes back a year    | C'était le 12 décembre dernier.                  | le 12 décembre dernier   | DATE     | 2019-12-12",
        "prochain goes forward       | Rendez-vous le 3 janvier prochain.               | le 3 janvier prochain    | DATE     | 2021-01-03",
        "weekday fixes the year      | Le match du samedi 29 mai sera joué.             | samedi 29 mai            | DATE     | 2021-05-29",
        "time then day is one time   | la trêve à partir de 8 heures le 26 octobre.     | 8 heures le 26 octobre   | TIME     | 2020-10-26T08:00",
        "time in h with minutes      | Le train part à 21 h 45.                          | 21 h 45                  | TIME     | 2020-10-30T21:45",
        "clock with zone             | Publié à 06:00 (UTC+01:00) ce jour.              | 06:00 (UTC+01:00)        | TIME     | 2020-10-30T06:00+01:00",
        "hours as a duration         | Les combats ont duré 14 heures.                  | 14 heures                | DURATION | PT14H",
        "hours as a clock time       | Il est arrivé à 14 heures.                        | 14 heures                | TIME     | 2020-10-30T14:00",
        "aujourd'hui is publication  | lors d’un briefing tenu aujourd’hui.             | aujourd’hui              | DATE     | 2020-10-30",
        "hier soir                   | Il a parlé hier soir à la télévision.            | hier soir                | TIME     | 2020-10-29TEV",
        "demain                      | La réunion aura lieu demain.                     | demain                   | DATE     | 2020-10-31",
        "past weekday                | Sergueï Lavrov a déclaré mercredi que…           | mercredi                 | DATE     | 2020-10-28",
        "future weekday              | Les ministres se réuniront lundi à Genève.       | lundi                    | DATE     | 2020-11-02",
        "weekday with part of day    | Des affrontements ont éclaté dimanche matin.     | dimanche matin           | TIME     | 2020-10-25TMO",
        "mercredi dernier            | Il est venu mercredi dernier.                    | mercredi dernier         | DATE     | 2020-10-28",
        "il y a N jours in letters   | les combats ont éclaté il y a quatre jours.      | il y a quatre jours      | DATE     | 2020-10-26",
        "il y a N semaines           | Il est parti il y a deux semaines.               | il y a deux semaines     | DATE     | 2020-10-16",
        "il y a N mois               | Il est parti il y a trois mois.                  | il y a trois mois        | DATE     | 2020-07",
        "la semaine dernière         | Il l'a dit la semaine dernière.                  | la semaine dernière      | DATE     | 2020-W43",
        "l'an prochain               | Les élections auront lieu l’an prochain.         | l’an prochain            | DATE     | 2021",
        "cette année                 | Cette année, la récolte est faible.              | Cette année              | DATE     | 2020",
        "month and year with fin     | Fin septembre 2020, les hostilités ont repris.   | Fin septembre 2020       | DATE     | 2020-09",
        "début de mois               | Les travaux commencent début octobre.            | début octobre            | DATE     | 2020-10",
        "year after en               | En 2022, ils ont signé.                          | 2022                     | DATE     | 2022",
        "decade                      | tendues depuis les années 1990.                  | les années 1990          | DATE     | 199",
        "decade in two digits        | au début des années 60.                          | début des années 60      | DATE     | 196",
        "century, preposition out    | au XIXe siècle, la ville grandit.                | XIXe siècle              | DATE     | 18",
        "season                      | Il reviendra à l'automne.                        | l'automne                | DATE     | 2020-FA",
        "range of days               | se déroule à New York du 19 au 25 septembre.     | du 19 au 25 septembre    | DATE     | 2020-09-19/2020-09-25",
        "coordinated days            | les 24 et 25 mars, les troupes ont attaqué.      | les 24 et 25 mars        | DATE     | 2020-03-24/2020-03-25",
        "night of a date             | l’accord conclu dans la nuit du 10 novembre.     | la nuit du 10 novembre   | TIME     | 2020-11-10TNI",
        "duration in letters         | Il a été détenu pendant trois jours.             | trois jours              | DURATION | P3D",
        "duration with approximation | L’association durera plus de vingt ans.          | plus de vingt ans        | DURATION | P20Y",
        "compound number in letters  | le bail est signé pour vingt-cinq ans.          | vingt-cinq ans           | DURATION | P25Y",
        "months duration             | Ils attendent depuis 11 mois.                    | 11 mois                  | DURATION | P11M",
        "decimal seconds             | Il devance Irvine de 30,4 secondes.              | 30,4 secondes            | DURATION | PT30.4S",
        "half century                | Après un demi-siècle d'attente.                  | un demi-siècle           | DURATION | P50Y",
        "vague duration              | Ces derniers jours, la tension monte.            | Ces derniers jours       | DURATION | PXD",
        "set every day               | des travaux sont menés chaque jour.              | chaque jour              | SET      | P1D",
        "set tous les jours          | Nous interagissons tous les jours.               | tous les jours           | SET      | P1D",
        "set weekday                 | Le marché a lieu tous les jeudis.                | tous les jeudis          | SET      | XXXX-WXX-4",
        "present reference           | La situation est actuellement tendue.            | actuellement             | DATE     | PRESENT_REF",
      })
  void withPublicationDate(String rule, String text, String span, String type, String value) {
    Timex t = only(text, DCT, span);
    assertEquals(type, t.type().name(), rule);
    assertEquals(value, t.value(), rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "never invent a year         | Lavrov l’a souligné le 23 septembre à l’ONU.     | le 23 septembre          | XXXX-09-23",
        "weekday stays a weekday     | Lavrov a déclaré mercredi que Moscou…            | mercredi                 | XXXX-WXX-3",
        "weekday and part of day     | Des affrontements ont éclaté dimanche matin.     | dimanche matin           | XXXX-WXX-7TMO",
        "offset without anchor       | les combats ont éclaté il y a quatre jours.      | il y a quatre jours      | XXXX-XX-XX",
        "range without year          | se déroule du 19 au 25 septembre.                | du 19 au 25 septembre    | XXXX-09-19/XXXX-09-25",
        "year carried from context   | Fin septembre 2020, la guerre. L’accord du 10 novembre a tenu. | 10 novembre | 2020-11-10",
        "lendemain after a date      | Le 21 septembre, une réunion. Le lendemain, il a parlé. | Le lendemain | XXXX-09-22",
        "lendemain with its date     | Le 19 septembre, l’attaque. Le lendemain, 20 septembre, la trêve. | Le lendemain, 20 septembre | XXXX-09-20",
        "la veille                   | Le 3 mars 2021, le vote. La veille, un débat.    | La veille                | 2021-03-02",
        "weekday refutes the context | En 2011, la crise. Le jeudi 12 novembre, un vote. | Le jeudi 12 novembre | XXXX-11-12",
        "weekday agrees with context | En 2011, la crise. Le samedi 12 novembre, un vote. | Le samedi 12 novembre | 2011-11-12",
        "days later                  | Le 3 mars 2021, le vote. Deux jours plus tard, la crise. | Deux jours plus tard | 2021-03-05",
      })
  void withoutPublicationDate(String rule, String text, String span, String value) {
    assertEquals(value, only(text, null, span).value(), rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an age is no duration       | un électricien allemand de 37 ans, s’est tué.",
        "an age in apposition        | Florian Désoteux, 26 ans, conduisait.",
        "a count is no year          | Près de 1500 personnes ont manifesté.",
        "digit groups are no year    | Le budget atteint 1 2020 euros.",
        "Mars the planet             | La sonde a atteint Mars hier.",
        "été the participle          | Il a été blessé.",
        "a newspaper is no duration  | selon le journal 20 Minutes, la ville est calme.",
        "some day is no duration     | Un jour, il reviendra à Bakou.",
      })
  void notTimeExpressions(String rule, String text) {
    List<Timex> found = STAGE.analyze(text, DCT, new ArrayList<>()).timexes();
    assertTrue(
        found.stream()
            .noneMatch(
                t ->
                    t.type().name().equals("DURATION")
                        || t.value().length() == 4
                        || t.value().endsWith("-03")
                        || t.value().endsWith("-SU")),
        rule + ": " + found);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dateline day, no year       | XXXX-03-26 | Les 24 et 25 mars, les troupes ont attaqué. | Les 24 et 25 mars | XXXX-03-24/XXXX-03-25",
        "dateline day, a full date   | XXXX-03-26 | la déclaration du 9 novembre 2020 signée.    | 9 novembre 2020   | 2020-11-09",
        "leap day of unknown year    | XXXX-03-01 | la veille du 1er mars : le 29 février.       | le 29 février     | XXXX-02-29",
      })
  void withPartialPublicationDate(String rule, String dct, String text, String span, String value) {
    assertEquals(value, only(text, dct, span).value(), rule);
  }
}
