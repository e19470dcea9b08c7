package org.vigie.time;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.model.TimexType;
import org.vigie.time.FrenchTimexRecognizer.Candidate;

/**
 * Lengths of time and repetitions: "pendant trois jours", "ces derniers mois", "un quinquennat",
 * "chaque semaine", "quotidiennement", and words pointing at the present, past or future
 * ("actuellement" → {@code PRESENT_REF}). Ages ("un homme de 37 ans"), names ("20 Minutes") and
 * newspapers ("le quotidien") are left out, and so is a reference noun with a complement ("l'avenir
 * du pays"). Stateless after construction.
 */
final class DurationsAndSets extends TimexReading {
  DurationsAndSets(TimexReading reading) {
    super(reading);
  }

  /** A reference phrase that is a noun with its article: "l'avenir", "le passé". */
  private static final Pattern ARTICLE_FIRST = Pattern.compile("(?:l'|le |la )");

  /** "à l'avenir", "dans le passé": the preposition that makes the noun an adverb of time. */
  private static final Pattern ADVERB_PREPOSITION_BEFORE = endingWith("à|dans");

  /** A complement after a noun: "de", "du", "des", "d'". */
  private static final Pattern COMPLEMENT_AFTER =
      Pattern.compile("^[ \\u00A0]+(?:de|du|des|d['’])(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

  private static final Pattern DURATION_BEFORE =
      endingWith("pendant|durant|en|depuis|pour|dans|de|d['’]|sous|après|il y a");

  private static final Pattern AGE_BEFORE = endingWith("de|âgée?s? de|l['’]âge de|âge de");

  /** A determiner before "quotidien", "mensuel": the noun, a newspaper. */
  private static final Pattern NOUN_BEFORE = endingWith("le|un|du|au|ce|son|leur|l['’]|d['’]");

  TimexValue duration(Candidate c) {
    if (c.part("fraction") != null) {
      switch (c.part("fraction")) {
        case "demi-siècle":
          return new TimexValue(TimexType.DURATION, "P50Y");
        case "quart de siècle":
          return new TimexValue(TimexType.DURATION, "P25Y");
        case "demi-heure":
          return new TimexValue(TimexType.DURATION, "PT30M");
        case "décennie":
          return new TimexValue(TimexType.DURATION, "P10Y");
        case "demi-journée":
          return new TimexValue(TimexType.DURATION, "PT12H");
        case "quinquennat":
          return new TimexValue(TimexType.DURATION, "P5Y");
        case "septennat":
          return new TimexValue(TimexType.DURATION, "P7Y");
        default:
          return new TimexValue(TimexType.DURATION, "PT15M");
      }
    }
    String unit = c.part("unit");
    String num = c.part("num");
    String last = c.part("last");
    if (last != null && !last.startsWith("derni")) {
      // "les prochains jours", "les semaines à venir": a time to come, not a length of time.
      return new TimexValue(TimexType.DATE, "FUTURE_REF");
    }
    if (isAge(c) || isName(c) || isSomeDay(c)) {
      return null;
    }
    String amount;
    if (num == null || num.equals("quelques") || num.equals("plusieurs")) {
      amount = "X";
    } else if (Character.isDigit(num.charAt(0))) {
      amount = num.replace(',', '.');
    } else {
      int n = NumberWords.parse(num);
      if (n < 0) {
        return null;
      }
      amount = Integer.toString(n);
    }
    String code = unitCode(unit);
    if (code == null) {
      return null;
    }
    if (amount.contains(".") && !code.startsWith("T")) {
      return null;
    }
    if (code.equals("DE")) {
      return new TimexValue(TimexType.DURATION, "P" + multiply(amount, 10) + "Y");
    }
    if (code.equals("CE")) {
      return new TimexValue(TimexType.DURATION, "P" + multiply(amount, 100) + "Y");
    }
    if (code.equals("Q")) {
      return new TimexValue(TimexType.DURATION, "P" + multiply(amount, 3) + "M");
    }
    if (code.equals("SEM")) {
      return new TimexValue(TimexType.DURATION, "P" + multiply(amount, 6) + "M");
    }
    return new TimexValue(
        TimexType.DURATION,
        code.startsWith("T") ? "PT" + amount + code.substring(1) : "P" + amount + code);
  }

  /**
   * "un électricien de 37 ans", "Florian Désoteux, 26 ans,", "âgée de 17 ans": an age, which TimeML
   * does not annotate as a duration.
   */
  private boolean isAge(Candidate c) {
    String unit = c.part("unit");
    if (!(unit.equals("ans") || unit.equals("an")) || c.part("mod") != null) {
      return false;
    }
    String before = before(c.start(), 16);
    if (AGE_BEFORE.matcher(before).find()) {
      return true;
    }
    return before.matches("(?s).*[,(][ \\u00A0]*")
        && after(c.end(), 3).matches("(?s)[ \\u00A0]*[,)].*");
  }

  /** "20 Minutes" (the newspaper): a capitalised unit inside lower-case text is a name. */
  private boolean isName(Candidate c) {
    String surface = text.substring(c.start(), c.end());
    int unitAt = surface.toLowerCase(Locale.ROOT).lastIndexOf(c.part("unit"));
    return unitAt >= 0
        && Character.isUpperCase(surface.charAt(unitAt))
        && !surface.equals(surface.toUpperCase(Locale.ROOT));
  }

  /**
   * "Un jour, il reviendra": some day, not a length of one day, unless a word of duration governs
   * it ("pendant un jour", "en un jour").
   */
  private boolean isSomeDay(Candidate c) {
    String surface = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
    return surface.equals("un jour") && !DURATION_BEFORE.matcher(before(c.start(), 20)).find();
  }

  private static String multiply(String amount, int factor) {
    return amount.equals("X") ? "X" : Integer.toString(Integer.parseInt(amount) * factor);
  }

  private static String unitCode(String unit) {
    if (unit.startsWith("seconde")) {
      return "TS";
    }
    if (unit.startsWith("minute")) {
      return "TM";
    }
    if (unit.startsWith("heure")) {
      return "TH";
    }
    if (unit.startsWith("jour")) {
      return "D";
    }
    if (unit.startsWith("semaine")) {
      return "W";
    }
    if (unit.equals("mois")) {
      return "M";
    }
    if (unit.startsWith("an")) {
      return "Y";
    }
    if (unit.startsWith("décenni")) {
      return "DE";
    }
    if (unit.startsWith("siècle")) {
      return "CE";
    }
    if (unit.startsWith("trimestre")) {
      return "Q";
    }
    if (unit.startsWith("semestre")) {
      return "SEM";
    }
    if (unit.startsWith("week-end")) {
      return "WE";
    }
    return null;
  }

  TimexValue set(Candidate c) {
    if (c.part("adj") != null) {
      String adj = c.part("adj");
      if (NOUN_BEFORE.matcher(before(c.start(), 12)).find()) {
        // "le quotidien Libération", "l'hebdomadaire": a newspaper, not a frequency.
        return null;
      }
      String every =
          adj.startsWith("quotid")
              ? "P1D"
              : adj.startsWith("hebdo") ? "P1W" : adj.startsWith("mens") ? "P1M" : "P1Y";
      return new TimexValue(TimexType.SET, every);
    }
    if (c.part("wd") != null) {
      return new TimexValue(TimexType.SET, "XXXX-WXX-" + (WEEKDAYS.indexOf(c.part("wd")) + 1));
    }
    String unit = c.part("unit");
    if (unit.startsWith("matin")) {
      return new TimexValue(TimexType.SET, "XXXX-XX-XXTMO");
    }
    if (unit.startsWith("soir")) {
      return new TimexValue(TimexType.SET, "XXXX-XX-XXTEV");
    }
    if (unit.startsWith("nuit")) {
      return new TimexValue(TimexType.SET, "XXXX-XX-XXTNI");
    }
    String code = unitCode(unit);
    return code == null ? null : new TimexValue(TimexType.SET, "P1" + code);
  }

  TimexValue ref(Candidate c) {
    String ref = c.part("ref");
    String value = ReferenceWords.value(ref);
    if (value == null) {
      return null;
    }
    if (ARTICLE_FIRST.matcher(ref).lookingAt()
        && COMPLEMENT_AFTER.matcher(after(c.end(), 6)).find()
        && !ADVERB_PREPOSITION_BEFORE.matcher(before(c.start(), 8)).find()) {
      // "l'avenir du pays", "le passé de la ville": the fate or history of something, a noun;
      // "à l'avenir de…", "dans le passé de…" stay adverbs of time.
      return null;
    }
    return new TimexValue(TimexType.DATE, value);
  }
}
