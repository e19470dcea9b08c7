package org.vigie.text.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  private final DateParser parser = new DateParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "ISO with seconds and zone      | 2020-10-30T06:00:00+01:00                  | 2020-10-30T06:00+01:00",
        "ISO in UTC                     | 2019-06-13T08:15:00Z                       | 2019-06-13T08:15Z",
        "ISO date only                  | 2020-02-18                                 | 2020-02-18",
        "French written with zone       | 30 Octobre 2020 06:00 (UTC+01:00)          | 2020-10-30T06:00+01:00",
        "publication stamp              | Publié le 18 mai 2011 à 22h07              | 2011-05-18T22:07",
        "first of the month             | le 1er novembre 2020                       | 2020-11-01",
        "day-first numeric, short year  | 08-07-13 à 17h24                           | 2013-07-08T17:24",
        "slashes                        | 12/03/2013                                 | 2013-03-12",
        "dateline without year          | 26 MARS                                    | XXXX-03-26",
        "weekday and month, no year     | Daté du jeudi 12 novembre                  | XXXX-11-12",
        "English RFC 1123               | 'Tue, 18 Feb 2020 10:00:00 GMT'            | 2020-02-18T10:00Z",
        "English month first            | 'June 13, 2019'                            | 2019-06-13",
        "no date                        | Le ministre a parlé                        | null",
        "hours alone are no date        | à 8 heures                                 | null",
        "impossible month               | 2020-13-01                                 | null",
      })
  void readsPublicationDates(String rule, String written, String expected) {
    assertEquals(expected, parser.parse(written), rule);
  }
}
