package org.vigie.text.boilerplate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.text.Block;
import org.vigie.text.metadata.DateParser;
import org.vigie.text.metadata.DisplayCase;

/**
 * Reads the header of an article from its first lines: the title (the headline-like line just
 * before the body, or the one the page repeats; never also left in the text), the publication date
 * line (a bare date leaves the text; a stamp that says so, "Publié le … - Mis à jour le …", is the
 * article's own line and stays, as the dev set's guidelines count it with the headline and
 * dateline), a standalone dateline ("Bakou / Lagazetteaz") or one that opens the body ("EREVAN, 26
 * MARS, ARMENPRESS. La Russie…", "MOSCOU (AFP) - …"), a rubric opening the body ("INTERNATIONAL -
 * "), the site name on the first line, and a byline ("Par Anna Kubišta"). Marks the blocks it used
 * so they leave the text. Stateless and thread-safe.
 */
final class HeaderReader {
  /** Body blocks past its start that may still hold the date or byline (after a standfirst). */
  private static final int BODY_LOOKAHEAD = 3;

  private static final String PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:[ -]\\p{Lu}[\\p{L}'’.-]*){0,3}";
  private static final Pattern STANDALONE_DATELINE =
      Pattern.compile(
          "(?:[àa]\\s+)?(?<place>" + PLACE + ")\\s*(?:/|\\()\\s*(?<agency>[\\p{L}.'-]{2,30})\\)?");
  private static final Pattern BODY_DATELINE =
      Pattern.compile(
          "^(?<place>\\p{Lu}{2}[\\p{Lu}'’ -]{1,30}?)"
              + "(?:\\s*,\\s*(?<date>\\d{1,2}(?:er)?\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{4})?))?"
              + "(?:\\s*[,(]\\s*(?<agency>\\p{Lu}[\\p{L}-]{1,20})\\)?)?"
              + "\\s*(?:[.:]|\\s[-–—])\\s+(?=\\p{Lu}|[«\"“])");

  /** Capitalised words that end a byline's name ("Par Anna Kubišta Publié le …"). */
  private static final String NOT_NAME =
      "(?:Publi|Mis |Mise |Modifi|Le |Les |La |Mis[ -]|Dans |Avec |AFP)";

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:par|by|de notre (?:envoy[ée]e? sp[ée]ciale?|correspondante?)(?: [àa] [\\p{L} -]+)?,?)"
              + "\\s+(?<name>(?!"
              + NOT_NAME
              + ")\\p{Lu}[\\p{L}'’.-]+"
              + "(?:\\s+(?!"
              + NOT_NAME
              + ")\\p{Lu}[\\p{L}'’.-]+){0,3})");

  /** A person's name: capitalised words, with the particles names carry ("Bachir El Khoury"). */
  private static final String PERSON =
      "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:de|du|d'|el|al|ben|bin|ibn|von|van)\\s*)?\\p{Lu}[\\p{L}'’.-]+){1,3}";

  /**
   * A byline that signs with names alone, two or more joined by "et" ("Albert Aji et Barbara
   * Surk"), or with names and then the date after a dash ("Ariane Bonzon — 10 février 2013 à
   * 11h31"): sites that print no "Par" still sign their articles between the headline and the body.
   */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^(?<name>"
              + PERSON
              + "(?:\\s*,\\s*"
              + PERSON
              + ")*"
              + "(?:\\s+et\\s+"
              + PERSON
              + ")?)"
              + "\\s*(?:[—–-]\\s*(?<date>\\d.*))?$");

  /** "Publié le …", "Mis à jour le …": a date line even when it reads like a sentence. */
  private static final Pattern PUBLICATION_STAMP =
      Pattern.compile(
          "^.{0,80}\\b(?:publi[ée]e? le|mis(?:e)? [àa] jour le)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DATE_LINE_START =
      Pattern.compile(
          "^(?:publi[ée]e?|mis(?:e)? [àa] jour|modifi[ée]e?|cr[ée]{2}e?|(?:le|du)\\b|\\d|"
              + "(?:lun|mar|mercre|jeu|vendre|same|diman)(?:di|che)|"
              + ".{0,80}\\b(?:publi[ée]e? le|mis(?:e)? [àa] jour le))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Newspaper sections that open a body like a dateline but are not places. */
  private static final Pattern RUBRIC =
      Pattern.compile(
          "INTERNATIONAL|MONDE|POLITIQUE|[ÉE]CONOMIE|SOCI[ÉE]T[ÉE]|FRANCE|EUROPE|CULTURE|SPORTS?"
              + "|ACTUALIT[ÉE]S?|INFO|URGENT|EXCLUSIF|VID[ÉE]O|PHOTOS?|ANALYSE|D[ÉE]CRYPTAGE"
              + "|TRIBUNE|[ÉE]DITO|ENQU[ÊE]TE|REPORTAGE|DIPLOMATIE|D[ÉE]FENSE|FLASH|ALERTE|DIRECT");

  private final DateParser dates = new DateParser();

  /**
   * The header found and how the blocks it used change: marks (header lines, by what they say), the
   * marked lines that stay in the text all the same (publication stamps), and a cut at a body
   * start.
   */
  record Reading(
      TextHeader header,
      Map<Integer, String> marks,
      Set<Integer> stays,
      int cutBlock,
      int cutChars,
      String cutReason) {
    Reading {
      marks = Map.copyOf(marks);
      stays = Set.copyOf(stays);
    }

    /** Whether block {@code i} is a header line that stays in the text. */
    boolean stays(int i) {
      return stays.contains(i);
    }
  }

  Reading read(List<Block> blocks, BoilerplateClassifier.Decisions decisions, String knownTitle) {
    Map<Integer, String> marks = new HashMap<>();
    Set<Integer> stays = new HashSet<>();
    int start = decisions.bodyStart();
    int headEnd = decisions.hasBody() ? start : Math.min(blocks.size(), 6);
    int lookEnd = Math.min(blocks.size(), headEnd + BODY_LOOKAHEAD);
    String published = null;
    String author = null;
    String datelinePlace = null;
    String datelineDate = null;
    String agency = null;
    for (int i = 0; i < lookEnd; i++) {
      LineProfile p = decisions.profiles().get(i);
      String text = blocks.get(i).text();
      boolean stamped = PUBLICATION_STAMP.matcher(text).find();
      // A stamp just past the body's first line (after a standfirst) is the article's own even
      // when the body's segment left it out, and even when its shape recurs: every page of a site
      // prints one ("Publié le 01/12/12 à 00h00" is the corpus's template once digits are folded),
      // each with its own date.
      boolean ownStamp =
          stamped
              && ("boilerplate".equals(decisions.reasons().get(i))
                  || "recurring".equals(decisions.reasons().get(i)));
      if (decisions.reasons().get(i) != null && i >= headEnd && !ownStamp
          || p.prose() && !stamped
          || p.words() > 32) {
        continue;
      }
      // The article's own lines (its byline, its stamp) stay in the text once read, unless the
      // page repeats them as chrome.
      String reason = decisions.reasons().get(i);
      boolean own = reason == null || reason.equals("boilerplate") || ownStamp;
      // "Par Paul Larrouturou Publié le 29 avril 2011 à 10h55": a byline and a date line at once.
      Matcher byline = BYLINE.matcher(text);
      if (author == null && byline.find()) {
        author = byline.group("name");
        marks.put(i, "byline");
        if (own) {
          stays.add(i);
        }
      }
      Matcher signature = SIGNATURE.matcher(text.strip());
      if (author == null && i < headEnd && own && signature.matches()) {
        String date = signature.group("date");
        boolean dated = date != null && dates.parse(date) != null;
        if (dated || text.contains(" et ")) {
          author = signature.group("name");
          marks.put(i, dated ? "published" : "byline");
          stays.add(i);
          published = published == null && dated ? date : published;
          continue;
        }
      }
      if (isDateLine(text) && dates.parse(text) != null) {
        // The first date line is the publication; later ones ("Mis à jour le …") go too, but a
        // stamp that says so stays with the article's lines.
        published = published == null ? text : published;
        marks.put(i, "published");
        if (stamped && own) {
          stays.add(i);
        }
        continue;
      }
      Matcher dateline = STANDALONE_DATELINE.matcher(text);
      if (i < headEnd && datelinePlace == null && p.words() <= 5 && dateline.matches()) {
        datelinePlace = dateline.group("place");
        agency = dateline.group("agency").strip();
        marks.put(i, "dateline");
      }
    }
    String siteName = null;
    String firstReason = headEnd > 0 ? decisions.reasons().get(0) : "none";
    if (!marks.containsKey(0) && (firstReason == null || firstReason.equals("boilerplate"))) {
      LineProfile first = decisions.profiles().get(0);
      if (first.words() >= 1 && first.words() <= 2 && !first.terminal() && blocks.size() > 1) {
        siteName = blocks.get(0).text();
        marks.put(0, "site-name");
      }
    }
    String title = knownTitle;
    if (title == null) {
      boolean frenchBody = frenchBody(blocks, decisions);
      title = titleFromHead(blocks, decisions, marks, headEnd, frenchBody);
    }
    if (title != null) {
      String key = BoilerplateCues.normalise(title);
      int scanEnd = Math.min(blocks.size(), lookEnd + 2);
      for (int i = 0; i < scanEnd; i++) {
        String text = BoilerplateCues.normalise(blocks.get(i).text());
        if (!marks.containsKey(i) && (text.equals(key) || text.equals(key + "."))) {
          marks.put(i, "title");
        }
      }
    }
    int cutBlock = -1;
    int cutChars = 0;
    String cutReason = null;
    if (decisions.hasBody()) {
      int first = start;
      while (first < blocks.size() && marks.containsKey(first)) {
        first++;
      }
      if (first < blocks.size()) {
        Matcher m = BODY_DATELINE.matcher(blocks.get(first).text());
        if (m.find()) {
          String place = m.group("place").strip();
          cutBlock = first;
          cutChars = m.end();
          if (RUBRIC.matcher(place).matches()) {
            cutReason = "section";
          } else {
            cutReason = "dateline";
            if (datelinePlace == null) {
              datelinePlace = place;
              datelineDate = m.group("date");
              agency = agency == null ? m.group("agency") : agency;
            }
          }
        }
      }
    }
    return new Reading(
        new TextHeader(
            title,
            published,
            datelinePlace == null ? null : DisplayCase.of(datelinePlace),
            datelineDate,
            agency,
            siteName,
            author),
        marks,
        stays,
        cutBlock,
        cutChars,
        cutReason);
  }

  /** Lines of the body read for its language. */
  private static final int BODY_LINES_READ = 3;

  /** Whether one of the body's first lines reads as French. */
  private static boolean frenchBody(List<Block> blocks, BoilerplateClassifier.Decisions decisions) {
    int end = Math.min(decisions.bodyEnd(), decisions.bodyStart() + BODY_LINES_READ);
    for (int i = decisions.bodyStart(); i < end; i++) {
      if (PictureLines.french(blocks.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line is a date and its stamp words, not a sentence opening on a date: "Le 25
   * décembre, le compte Twitter X a écrit :" introduces a quotation, and a clause after the date's
   * comma ("Mardi 3 mai, les rebelles ont repris la ville") is the article's narration. A stamp
   * that says so ("Publié le …, mis à jour le …") and a place before the date ("Le Caire, le 3 mars
   * 2011") are date lines still.
   */
  private static boolean isDateLine(String text) {
    String stripped = text.strip();
    if (!DATE_LINE_START.matcher(stripped).find()) {
      return false;
    }
    return PUBLICATION_STAMP.matcher(stripped).find()
        || !stripped.endsWith(":") && !CLAUSE_AFTER_COMMA.matcher(stripped).find();
  }

  /** A comma and four words or more that do not open on a date ("le 3 mars", "à 13h30"). */
  private static final Pattern CLAUSE_AFTER_COMMA =
      Pattern.compile(",\\s+(?!(?:le|du|à|a)\\s+\\d)(?!\\d)\\p{L}{2,}(?:\\s+\\S+){3,}");

  /**
   * The last headline-like line before the body when only header lines and the picture's lines
   * ({@link PictureLines}) stand between them, else a headline the head repeats (a page that prints
   * its title twice around a menu).
   */
  private static String titleFromHead(
      List<Block> blocks,
      BoilerplateClassifier.Decisions decisions,
      Map<Integer, String> marks,
      int headEnd,
      boolean frenchBody) {
    Map<String, Integer> seen = new HashMap<>();
    String last = null;
    String repeated = null;
    for (int i = 0; i < headEnd; i++) {
      if (marks.containsKey(i)) {
        continue;
      }
      String reason = decisions.reasons().get(i);
      LineProfile p = decisions.profiles().get(i);
      if (reason != null && !reason.equals("boilerplate") || !p.headlineLike() || p.words() < 3) {
        continue;
      }
      String text = blocks.get(i).text();
      if (PictureLines.caption(text, frenchBody)) {
        continue;
      }
      if (seen.merge(BoilerplateCues.normalise(text), 1, Integer::sum) == 2 && repeated == null) {
        repeated = text;
      }
      last = text;
    }
    if (last != null
        && lastHeadlineIsNearBody(blocks, decisions, marks, last, headEnd, frenchBody)) {
      return last;
    }
    return repeated;
  }

  /**
   * Only header lines (date, byline, dateline) and the picture's lines may stand between the title
   * and the body.
   */
  private static boolean lastHeadlineIsNearBody(
      List<Block> blocks,
      BoilerplateClassifier.Decisions decisions,
      Map<Integer, String> marks,
      String title,
      int headEnd,
      boolean frenchBody) {
    for (int i = headEnd - 1; i >= 0; i--) {
      String text = blocks.get(i).text();
      if (text.equals(title)) {
        return true;
      }
      if (PictureLines.caption(text, frenchBody)) {
        continue;
      }
      String reason = decisions.reasons().get(i);
      if (!marks.containsKey(i) && (reason == null || reason.equals("boilerplate"))) {
        return false;
      }
    }
    return false;
  }
}
