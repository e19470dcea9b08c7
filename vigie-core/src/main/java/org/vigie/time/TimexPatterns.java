package org.vigie.time;

import static org.vigie.time.TimexWords.AP;
import static org.vigie.time.TimexWords.B;
import static org.vigie.time.TimexWords.CURRENT_UNIT;
import static org.vigie.time.TimexWords.DAY;
import static org.vigie.time.TimexWords.DAY_PARTS;
import static org.vigie.time.TimexWords.DAY_TO_DAY;
import static org.vigie.time.TimexWords.E;
import static org.vigie.time.TimexWords.HALF_DAY;
import static org.vigie.time.TimexWords.MONTHS;
import static org.vigie.time.TimexWords.MONTH_PART;
import static org.vigie.time.TimexWords.NUMBER;
import static org.vigie.time.TimexWords.PART;
import static org.vigie.time.TimexWords.QUALIFIED_PART;
import static org.vigie.time.TimexWords.REL;
import static org.vigie.time.TimexWords.S;
import static org.vigie.time.TimexWords.UNIT;
import static org.vigie.time.TimexWords.WEEKDAYS;
import static org.vigie.time.TimexWords.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.time.FrenchTimexRecognizer.Rule;

/**
 * The recogniser's patterns, one or more per {@link Rule}: which French constructions make a time
 * expression, with named groups for the parts the normaliser reads (day, month, year, weekday,
 * unit, number...). Extents follow the French TimeBank: a leading "le" and approximation words
 * ("vers", "près de") are inside, governing prepositions ("en", "depuis", "à") are outside.
 *
 * <p>Every pattern is linear (alternations of fixed words, bounded repetitions, no nested
 * quantifiers) and begins with "no letter or digit before", so its matches start words. Immutable.
 */
final class TimexPatterns {
  /** A pattern of one rule and its named groups. */
  record Entry(Rule rule, Pattern pattern, List<String> groups) {}

  private static final List<Entry> PATTERNS = new ArrayList<>();

  /** Every pattern, in the order they were written. */
  static final List<Entry> ALL;

  /** How every pattern begins: no letter or digit before it, so a match starts a word. */
  private static final String WORD_START = "(?<![\\p{L}\\p{N}";

  static {
    add(Rule.RANGE, B + "(?:(?<det>du|entre le|entre|les|des)" + S + ")" + DAY_TO_DAY);
    add(
        Rule.DATE,
        B
            + "(?:(?<dpart>la nuit|le matin|le soir|la soirée|la matinée|l"
            + AP
            + "après-midi|l"
            + AP
            + "aube|le petit matin|petit matin)"
            + S
            + "du"
            + S
            + "|(?<det>le|ce)"
            + S
            + ")?(?:(?<wd>"
            + WEEKDAYS
            + ")"
            + S
            + ")?(?<day>"
            + DAY
            + ")"
            + S
            + "(?<month>"
            + MONTHS
            + ")(?:"
            + S
            + "(?<year>"
            + YEAR
            + ")"
            + E
            + "|"
            + S
            + "(?<rel>dernier|prochain)"
            + E
            + ")?");
    add(
        Rule.MONTH_YEAR,
        B
            + "(?:(?<mod>"
            + MONTH_PART
            + "|fin|début|mi-|mi|courant|dès)"
            + "[ \\u00A0-]*)?(?<month>"
            + MONTHS
            + ")"
            + S
            + "(?<year>"
            + YEAR
            + ")"
            + E);
    add(
        Rule.MONTH,
        B
            + "(?:(?<mod>"
            + MONTH_PART
            + "|fin|début|mi-|mi|courant)[ \\u00A0-]*)?(?<month>"
            + MONTHS
            + ")(?:"
            + S
            + "(?<rel>"
            + REL
            + "))?"
            + E);
    add(
        Rule.YEAR,
        B
            + "(?:(?<mod>fin|début|mi-|mi)[ \\u00A0-]*|(?:l"
            + AP
            + "an|l"
            + AP
            + "année)"
            + S
            + ")?(?<year>[0-9]{4,6})"
            + E);
    add(
        Rule.DECADE,
        B
            + "(?:(?<mod>début|fin|milieu)"
            + S
            + "des"
            + S
            + "|(?:les|des|aux)"
            + S
            + ")?années"
            + S
            + "(?<decade>(?:1[0-9]|20)?[0-9]0)"
            + E);
    add(
        Rule.CENTURY,
        B
            + "(?:(?<mod>début|fin|milieu)"
            + S
            + "du"
            + S
            + "|le"
            + S
            + ")?(?<century>[XVI]{1,5})(?:e|è|ème|eme|ième|ieme)"
            + S
            + "siècle"
            + E);
    add(
        Rule.SEASON,
        B
            + "(?:(?:l"
            + AP
            + "|cet"
            + S
            + "|ce"
            + S
            + "|cette"
            + S
            + "|le"
            + S
            + "|au"
            + S
            + "|en"
            + S
            + ")(?<season>printemps|été|automne|hiver))(?:"
            + S
            + "(?<year>"
            + YEAR
            + ")|"
            + S
            + "(?<rel>dernier|prochain))?"
            + E);
    add(
        Rule.DEICTIC,
        B
            + "(?<deictic>aujourd"
            + AP
            + "hui|avant-hier|après-demain|hier|demain)(?:"
            + S
            + "(?<part>"
            + PART
            + "))?(?:"
            + S
            + "(?<wd>"
            + WEEKDAYS
            + ")"
            + E
            + ")?"
            + E);
    add(
        Rule.PART_OF_DAY,
        B
            + "(?:(?<this>ce|cet|cette)"
            + S
            + "(?<part>matin|après-midi|soir|nuit|midi)|la"
            + S
            + "(?<lastnight>nuit"
            + S
            + "dernière))"
            + E);
    add(Rule.PART_OF_DAY, B + "(?<daypart>" + DAY_PARTS + ")" + E);
    add(
        Rule.WEEKDAY,
        B
            + "(?:(?<det>le|ce|ce même)"
            + S
            + ")?(?<wd>"
            + WEEKDAYS
            + ")(?:"
            + S
            + "(?<part>"
            + QUALIFIED_PART
            + "|"
            + PART
            + "))?(?:"
            + S
            + "(?<rel>dernier|prochain|passé))?"
            + E);
    add(
        Rule.RELATIVE_UNIT,
        B
            + "(?:(?<mod>fin|début|la fin de|le début de)"
            + S
            + ")?(?:(?<this>cette|ce|cet)"
            + S
            + "(?<unit1>semaine|mois|année|an|week-?end|trimestre)"
            + "|(?:la|le|l"
            + AP
            + ")[ \\u00A0]*(?<unit2>semaine|mois|année|an|week-?end|trimestre)"
            + S
            + "(?<rel>"
            + REL
            + "))"
            + E);
    // "au cours du week-end dernier", "du mois prochain": the article is in "du", "au".
    add(
        Rule.RELATIVE_UNIT,
        B + "(?<unit2>semaine|mois|année|week-?end|trimestre)" + S + "(?<rel>" + REL + ")" + E);
    // "pendant le week-end", "au cours du week-end": the weekend told about.
    add(Rule.RELATIVE_UNIT, B + "(?:le" + S + ")?(?<weekend>week-?end)" + E);
    add(
        Rule.RELATIVE_UNIT,
        B
            + "(?<mod>(?:la"
            + S
            + "|le"
            + S
            + ")?(?:fin|début|milieu))"
            + S
            + "(?<unit3>"
            + CURRENT_UNIT
            + ")"
            + E);
    add(
        Rule.OFFSET,
        B
            + "(?:il"
            + S
            + "y"
            + S
            + "a|dans|voilà)"
            + S
            + "(?:(?:plus de|près de|environ|moins de|au moins|presque)"
            + S
            + ")?(?<num>"
            + NUMBER
            + "|quelques)"
            + S
            + "(?<unit>jours?|semaines?|mois|ans|années?|heures?|minutes?|siècles?|décennies?)"
            + E);
    add(
        Rule.CHAIN,
        B
            + "(?:(?:le|la)"
            + S
            + ")?(?<chain>lendemain|surlendemain|veille)(?:"
            + S
            + "(?:au"
            + S
            + ")?(?<part>matin|soir|après-midi))?"
            + E
            + "(?:,?"
            + S
            + "(?:(?<wd>"
            + WEEKDAYS
            + ")"
            + S
            + ")?(?<day>"
            + DAY
            + ")"
            + S
            + "(?<month>"
            + MONTHS
            + ")"
            + E
            + ")?");
    add(
        Rule.CHAIN,
        B
            + "(?<num>"
            + NUMBER
            + ")"
            + S
            + "(?<unit>jours?|semaines?|mois|ans|années?)"
            + S
            // "quatre jours après la défection de X" counts from an event, not from the text's last
            // day: only "quatre jours" is a time expression there (a duration).
            + "(?<dir>plus tard|plus tôt|auparavant|après(?![\\p{L}\\p{N}])"
            + "(?![ \\u00A0]+(?:la|le|les|l['’]|de|du|des|d['’]|son|sa|ses|leur|leurs|un|une|que"
            + "|qu['’]|cette|ce|cet)(?![\\p{L}])))"
            + E);
    add(
        Rule.CHAIN,
        B
            + "(?<same>ce"
            + S
            + "jour-là|ce"
            + S
            + "même"
            + S
            + "jour|le"
            + S
            + "même"
            + S
            + "jour)"
            + E);
    add(
        Rule.TIME,
        B
            + "(?:(?<approx>vers|environ|aux alentours de)"
            + S
            + ")?(?<hour>[01]?[0-9]|2[0-4])"
            + "(?:[ \\u00A0]*(?:h|heures?)(?:[ \\u00A0]*(?<min>[0-5][0-9]))?|:(?<min2>[0-5][0-9]))"
            + E
            + "(?:[ \\u00A0]*\\(?(?<zone>UTC|GMT)(?:[ \\u00A0]*(?<zsign>[+-−])"
            + "(?<zh>[01]?[0-9])(?::?(?<zm>[0-5][0-9]))?)?\\)?)?(?:"
            + S
            + "(?<halfday>"
            + HALF_DAY
            + "))?");
    add(
        Rule.TIME,
        B
            + "(?:(?<approx>vers|environ)"
            + S
            + ")?(?<whour>une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
            + S
            + "heures?"
            + S
            + "(?<halfday>"
            + HALF_DAY
            + ")"
            + E);
    add(
        Rule.TIME,
        "(?<![\\p{L}\\p{N}-])(?:(?<approx>vers|environ)" + S + ")?(?<named>midi|minuit)" + E);
    add(
        Rule.DURATION,
        B
            + "(?:(?<mod>plus de|près de|environ|moins de|au moins|presque|quelque)"
            + S
            + ")?(?:(?<these>ces|les)"
            + S
            + "(?<last>derni(?:ers|ères)|prochains|prochaines)"
            + S
            + ")?(?<num>"
            + NUMBER
            + "|quelques|plusieurs)"
            + S
            + "(?<unit>"
            + UNIT
            + ")"
            + E);
    add(
        Rule.DURATION,
        B
            + "(?<these>ces|les)"
            + S
            + "(?:tous"
            + S
            + ")?(?<last>derni(?:ers|ères)|prochains|prochaines)"
            + S
            + "(?<unit>jours|semaines|mois|années|heures|minutes)"
            + E);
    add(
        Rule.DURATION,
        B
            + "(?<these>les|ces)"
            + S
            + "(?<unit>jours|semaines|mois|années)"
            + S
            + "(?<last>qui"
            + S
            + "viennent|à"
            + S
            + "venir)"
            + E);
    add(
        Rule.DURATION,
        B
            + "(?:(?:un|une)"
            + S
            + ")?(?<fraction>quinquennat|septennat|demi-siècle|quart de siècle|demi-heure|quart d"
            + AP
            + "heure|décennie|demi-journée)"
            + E);
    add(
        Rule.SET,
        B
            + "(?:(?<every>chaque|tous les|toutes les)"
            + S
            + "(?<unit>jours?|semaines?|mois|ans|années?|matins?|soirs?|nuits?|"
            + "(?<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?)"
            + "|(?<adj>quotidiennement|annuellement|mensuellement|annuel|annuelle|annuels|annuelles"
            + "|quotidien|quotidienne|quotidiens|quotidiennes|hebdomadaires?|mensuels?"
            + "|mensuelles?))"
            + E);
    add(Rule.REF, B + "(?<ref>" + ReferenceWords.ALTERNATION + ")" + E);
    add(
        Rule.NUMERIC_DATE,
        "(?<![\\p{L}\\p{N}][./-]?)(?<nday>0?[1-9]|[12][0-9]|3[01])(?<sep>[/.-])"
            + "(?<nmonth>0?[1-9]|1[0-2])\\k<sep>(?<nyear>(?:1[89]|20)[0-9]{2}|[0-9]{2})"
            + "(?![\\p{L}\\p{N}]|[./-][0-9])");
    add(
        Rule.NIGHT,
        B
            + "(?:la"
            + S
            + ")?nuit"
            + S
            + "(?:de|du)"
            + S
            + "(?<wd>"
            + WEEKDAYS
            + ")"
            + S
            + "(?:à|au)"
            + S
            + "(?<wd2>"
            + WEEKDAYS
            + ")"
            + E);
    add(Rule.NIGHT, B + "(?:la" + S + ")?nuit" + S + "du" + S + DAY_TO_DAY);
    add(Rule.HOLIDAY, Holidays.PATTERN);
    ALL = List.copyOf(PATTERNS);
  }

  private static void add(Rule rule, String regex) {
    if (!regex.startsWith(WORD_START)) {
      // The recogniser tries patterns at word starts only: one that could begin inside a
      // word would lose matches there.
      throw new IllegalStateException("pattern must begin with " + WORD_START + ": " + regex);
    }
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    PATTERNS.add(new Entry(rule, p, List.copyOf(names)));
  }

  private TimexPatterns() {}
}
