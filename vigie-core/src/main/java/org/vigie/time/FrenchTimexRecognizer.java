package org.vigie.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds French temporal expressions in a text: the spans and the parts each one names (day, month,
 * year, weekday, unit, number...), not yet their values ({@link DateNormalizer} does that). Extents
 * follow the French TimeBank: a leading "le" and approximation words ("vers", "près de") are
 * inside, governing prepositions ("en", "depuis", "à") are outside.
 *
 * <p>Every pattern is linear: alternations of fixed words, bounded repetitions, no nested
 * quantifiers, so a line of ten thousand numbers costs time proportional to its length. Overlapping
 * finds resolve leftmost-longest. Stateless and thread-safe.
 *
 * <p>Example: "le 23 octobre dernier, à Washington" → one candidate {@code le 23 octobre dernier}
 * with day=23, month=octobre, rel=dernier.
 */
public final class FrenchTimexRecognizer {
  /** What kind of expression a candidate is; decides how it is normalised. */
  enum Rule {
    RANGE,
    DATE,
    MONTH_YEAR,
    MONTH,
    YEAR,
    DECADE,
    CENTURY,
    SEASON,
    WEEKDAY,
    DEICTIC,
    PART_OF_DAY,
    RELATIVE_UNIT,
    OFFSET,
    CHAIN,
    TIME,
    DURATION,
    SET,
    REF,
    NUMERIC_DATE,
    NIGHT,
    HOLIDAY
  }

  /** One expression found: its span, rule and named parts (lower-cased). */
  record Candidate(int start, int end, Rule rule, Map<String, String> parts) {
    Candidate {
      parts = Map.copyOf(parts);
    }

    String part(String name) {
      return parts.get(name);
    }

    int length() {
      return end - start;
    }
  }

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final String AP = "['’]";
  private static final String S = "[ \\u00A0\\u202F]+";
  static final String MONTHS =
      "janvier|janv\\.|février|fevrier|févr\\.|mars|avril|avr\\.|mai|juin|juillet|juil\\.|août"
          + "|aout|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|décembre|decembre|déc\\.";
  static final String WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
  private static final String DAY = "(?:1er|premier|[12][0-9]|3[01]|0?[1-9])";
  private static final String YEAR = "(?:1[0-9]|20)[0-9]{2}";
  private static final String PART =
      "matin|après-midi|apres-midi|soir|soirée|nuit|matinée|midi|fin de matinée"
          + "|fin d"
          + AP
          + "après-midi|début de soirée|fin de soirée";

  /** A part of a day with its qualifier: "en début d'après-midi", "en fin de journée". */
  private static final String QUALIFIED_PART =
      "(?:en"
          + S
          + ")?(?:début|fin|milieu)"
          + S
          + "(?:de"
          + S
          + "|d"
          + AP
          + ")(?:matinée|après-midi|soirée|journée|nuit)";

  /** "du matin", "de l'après-midi": what makes "8 heures" a morning or evening clock time. */
  private static final String HALF_DAY =
      "du"
          + S
          + "matin|du"
          + S
          + "soir|de"
          + S
          + "l"
          + AP
          + "après-midi|de"
          + S
          + "la"
          + S
          + "nuit";

  private static final String NUMBER =
      "(?:[0-9]{1,3}(?:[.,][0-9]{1,2})?|" + NumberWords.PHRASE + ")";
  private static final String UNIT =
      "secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans?|années?|décennies?|siècles?"
          + "|trimestres?|semestres?|week-ends?";
  private static final String REL =
      "derni(?:er|ère|ers|ères)|prochaine?s?|passée?s?|suivante?s?|précédente?s?";

  /** "19 au 25 septembre", "24 et 25 mars 2020": two days of a month (ranges and nights). */
  private static final String DAY_TO_DAY =
      "(?<day>"
          + DAY
          + ")(?:"
          + S
          + "(?<month1>"
          + MONTHS
          + "))?"
          + S
          + "(?:au|et le|et|à)"
          + S
          + "(?<day2>"
          + DAY
          + ")"
          + S
          + "(?<month>"
          + MONTHS
          + ")(?:"
          + S
          + "(?<year>"
          + YEAR
          + "))?"
          + E;

  private static final String CURRENT_UNIT =
      "de"
          + S
          + "l"
          + AP
          + "année|d"
          + AP
          + "année|du"
          + S
          + "mois|de"
          + S
          + "mois|de"
          + S
          + "la"
          + S
          + "semaine|de"
          + S
          + "semaine";

  private static final String DAY_PARTS =
      "la nuit|la soirée|la matinée|l"
          + AP
          + "après-midi|la mi-journée|le matin même|le soir même|fin d"
          + AP
          + "après-midi|début d"
          + AP
          + "après-midi|fin de matinée|début de soirée|fin de soirée";

  private static final List<Map.Entry<Rule, Pattern>> PATTERNS = new ArrayList<>();
  private static final Map<Pattern, List<String>> GROUPS = new HashMap<>();

  static {
    add(Rule.RANGE, B + "(?:(?<det>du|entre le|entre|les|des)" + S + ")" + DAY_TO_DAY);
    add(
        Rule.DATE,
        B
            + "(?:(?<dpart>la nuit|le matin|le soir|la soirée|la matinée|l"
            + AP
            + "après-midi)"
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
            + "(?:(?<mod>(?:fin|début|milieu)"
            + S
            + "(?:de"
            + S
            + "|d"
            + AP
            + ")|fin|début|mi-|mi|courant|dès)"
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
            + "(?:(?<mod>(?:fin|début|milieu)"
            + S
            + "(?:de"
            + S
            + "|d"
            + AP
            + ")|fin|début|mi-|mi|courant)[ \\u00A0-]*)?(?<month>"
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
            + "(?<unit1>semaine|mois|année|an|week-end|trimestre)"
            + "|(?:la|le|l"
            + AP
            + ")[ \\u00A0]*(?<unit2>semaine|mois|année|an|week-end|trimestre)"
            + S
            + "(?<rel>"
            + REL
            + "))"
            + E);
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
            + "(?<dir>plus tard|plus tôt|après|auparavant)"
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
  }

  private static void add(Rule rule, String regex) {
    Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    PATTERNS.add(Map.entry(rule, p));
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(regex);
    while (m.find()) {
      names.add(m.group(1));
    }
    GROUPS.put(p, List.copyOf(names));
  }

  /** Candidates in text order, non-overlapping, at most {@code limit} of them. */
  List<Candidate> find(CharSequence text, int limit) {
    List<Candidate> all = new ArrayList<>();
    for (Map.Entry<Rule, Pattern> entry : PATTERNS) {
      Matcher m = entry.getValue().matcher(text);
      List<String> names = GROUPS.get(entry.getValue());
      int found = 0;
      while (m.find() && found < limit * 4) {
        Map<String, String> parts = new HashMap<>();
        for (String name : names) {
          String g = m.group(name);
          if (g != null) {
            parts.put(name, lower(g));
          }
        }
        all.add(new Candidate(m.start(), m.end(), entry.getKey(), parts));
        found++;
      }
    }
    all.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparingInt(c -> c.rule().ordinal()));
    List<Candidate> kept = new ArrayList<>();
    int end = -1;
    for (Candidate c : all) {
      if (c.start() >= end) {
        kept.add(c);
        end = c.end();
        if (kept.size() >= limit) {
          break;
        }
      }
    }
    return kept;
  }

  /** Lower-cases with fixed rules (never the default locale: "I" stays "i" under tr). */
  static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c == '\u00A0' || c == '\u202F' ? ' ' : c == '’' ? '\'' : Character.toLowerCase(c));
    }
    return b.toString();
  }
}
