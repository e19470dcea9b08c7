package org.vigie.time;

/**
 * The words {@link TimexPatterns} builds its constructions from: months, weekdays, parts of the day
 * and of the month, units, numbers, and the separators between them (any space, the French
 * apostrophes, word boundaries). Alternations of fixed words only, so that every pattern built from
 * them stays linear. Constants only.
 */
final class TimexWords {
  static final String B = "(?<![\\p{L}\\p{N}])";
  static final String E = "(?![\\p{L}\\p{N}])";
  static final String AP = "['’]";
  static final String S = "[ \\u00A0\\u202F]+";
  static final String MONTHS =
      "janvier|janv\\.|février|fevrier|févr\\.|mars|avril|avr\\.|mai|juin|juillet|juil\\.|août"
          + "|aout|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|décembre|decembre|déc\\.";
  static final String WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
  static final String DAY = "(?:1er|premier|[12][0-9]|3[01]|0?[1-9])";
  static final String YEAR = "(?:1[0-9]|20)[0-9]{2}";
  static final String PART =
      "matin|après-midi|apres-midi|soir|soirée|nuit|matinée|midi|fin de matinée"
          + "|fin d"
          + AP
          + "après-midi|début de soirée|fin de soirée|à l"
          + AP
          + "aube|au petit matin|au petit jour";

  /** A part of a day with its qualifier: "en début d'après-midi", "en fin de journée". */
  static final String QUALIFIED_PART =
      "(?:en"
          + S
          + ")?(?:début|fin|milieu)"
          + S
          + "(?:de"
          + S
          + "|d"
          + AP
          + ")(?:matinée|après-midi|soirée|journée|nuit)";

  /**
   * The part of a month named before it: "fin de", "début d'", "à la fin du mois de", "au milieu du
   * mois d'" (the article is inside, "à" and "au" outside).
   */
  static final String MONTH_PART =
      "(?:(?:la|le)"
          + S
          + ")?(?:fin|début|milieu)"
          + S
          + "(?:du"
          + S
          + "mois"
          + S
          + ")?(?:de"
          + S
          + "|d"
          + AP
          + ")";

  /** "du matin", "de l'après-midi": what makes "8 heures" a morning or evening clock time. */
  static final String HALF_DAY =
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

  static final String NUMBER = "(?:[0-9]{1,3}(?:[.,][0-9]{1,2})?|" + NumberWords.PHRASE + ")";
  static final String UNIT =
      "secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans?|années?|décennies?|siècles?"
          + "|trimestres?|semestres?|week-?ends?";
  static final String REL =
      "derni(?:er|ère|ers|ères)|prochaine?s?|passée?s?|suivante?s?|précédente?s?";

  /** "19 au 25 septembre", "24 et 25 mars 2020": two days of a month (ranges and nights). */
  static final String DAY_TO_DAY =
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

  static final String CURRENT_UNIT =
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

  static final String DAY_PARTS =
      "la nuit|la soirée|la matinée|l"
          + AP
          + "après-midi|l"
          + AP
          + "aube|petit matin|petit jour|la mi-journée|le matin même|le soir même|fin d"
          + AP
          + "après-midi|début d"
          + AP
          + "après-midi|fin de matinée|début de soirée|fin de soirée|la journée|soirée|matinée";

  private TimexWords() {}
}
