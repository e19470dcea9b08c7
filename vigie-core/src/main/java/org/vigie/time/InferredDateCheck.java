package org.vigie.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.lexicon.ResourceLines;
import org.vigie.model.Timex;

/**
 * Whether a publication date estimated from the text (no metadata) has converging evidence. One
 * date mentioned is no evidence of when an article was written: a 2011 article that recalls "le 14
 * septembre 2001" is not from 2001. The estimate stands when the text speaks of the days around its
 * writing ("hier", "mercredi", "ce matin": words from {@code writing-day-words.txt}) or names
 * several dates in the week before it; otherwise {@code published} stays null with a diagnostic. An
 * estimate that is only a weekday ({@code XXXX-WXX-3}) already rests on two weekdays and stands.
 * The time stage asks before anchoring anything on the estimate, so a rejected estimate leaves the
 * relative expressions ("l'an dernier", "le mois prochain") as unresolved as the publication date.
 * Stateless and thread-safe.
 */
final class InferredDateCheck {
  /** Dates mentioned this many days before the estimate, or fewer, are "recent". */
  static final int RECENT_DAYS = 7;

  private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");
  private static final List<Pattern> WRITING_DAY_WORDS = load("writing-day-words.txt");

  private InferredDateCheck() {}

  /** Why {@code estimate} lacks converging evidence in {@code timexes}, or null when it has it. */
  static String unsupported(String estimate, List<Timex> timexes) {
    if (estimate == null || !FULL_DATE.matcher(estimate).matches()) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(estimate.substring(0, 10));
    } catch (DateTimeParseException e) {
      return "the estimate " + estimate + " is no calendar date";
    }
    Set<LocalDate> recent = new HashSet<>();
    for (Timex t : timexes) {
      if (namesWritingDay(t.text())) {
        return null;
      }
      LocalDate d = dayOf(t.value());
      if (d != null && !d.isAfter(day) && !d.isBefore(day.minusDays(RECENT_DAYS))) {
        recent.add(d);
      }
    }
    if (recent.size() >= 2) {
      return null;
    }
    return "a date mentioned in the text ("
        + estimate
        + ") is not enough to date the article: no 'hier', weekday or second recent date"
        + " confirms it";
  }

  static boolean namesWritingDay(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (Pattern p : WRITING_DAY_WORDS) {
      if (p.matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate dayOf(String value) {
    if (value == null || !FULL_DATE.matcher(value).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<Pattern> load(String name) {
    List<Pattern> words = new ArrayList<>();
    for (String word : ResourceLines.of(InferredDateCheck.class, name)) {
      words.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])"));
    }
    return List.copyOf(words);
  }
}
