package org.vigie.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Timex;

/**
 * Date code breaks under some default locales (Turkish dotless i, French month names from {@code
 * DateTimeFormatter}) and time zones (a day lost at midnight UTC). The same French text gives the
 * same values under {@code fr_FR}, {@code tr_TR} and {@code en_US} with zones east and west of UTC.
 */
@Isolated
class DefaultLocaleAndZoneTest {
  private static final Locale LOCALE = Locale.getDefault();
  private static final TimeZone ZONE = TimeZone.getDefault();

  private static final String TEXT =
      "Lors d’un briefing tenu aujourd’hui, MERCREDI, Zakharova a évoqué la réunion du 23 octobre"
          + " dernier et la trêve à partir de 8 heures le 26 octobre. IL Y A QUATRE JOURS, hier"
          + " soir et l’an prochain.";

  @AfterEach
  void restore() {
    Locale.setDefault(LOCALE);
    TimeZone.setDefault(ZONE);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "fr-FR, Europe/Paris",
    "fr-FR, Pacific/Kiritimati",
    "tr-TR, Asia/Kolkata",
    "tr-TR, America/Los_Angeles",
    "en-US, Pacific/Pago_Pago",
  })
  void valuesDoNotDependOnTheDefaultLocaleOrZone(String locale, String zone) {
    Locale.setDefault(Locale.forLanguageTag(locale));
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    List<Timex> found =
        new TimeExpressionStage()
            .analyze(TEXT, "2020-10-30T06:00+01:00", new ArrayList<>())
            .timexes();
    List<String> values = found.stream().map(t -> t.text() + "=" + t.value()).toList();
    assertEquals(
        List.of(
            "aujourd’hui=2020-10-30",
            "MERCREDI=2020-10-28",
            "23 octobre dernier=2020-10-23",
            "8 heures le 26 octobre=2020-10-26T08:00",
            "IL Y A QUATRE JOURS=2020-10-26",
            "hier soir=2020-10-29TEV",
            "l’an prochain=2021"),
        values);
  }
}
