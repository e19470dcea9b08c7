package org.vigie.text.metadata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Dateline;
import org.vigie.model.Diagnostic;
import org.vigie.text.PageMetadata;
import org.vigie.text.boilerplate.TextHeader;

/**
 * Settles an article's title, publication date, author, outlet, URL and dateline from three
 * sources, most trusted first: what the input declares (JSON Lines fields), what the page says
 * about itself (meta tags, JSON-LD, {@code <time>}), and what the header lines of the text give;
 * the URL's date is the last resort. Dates become partial ISO 8601 values ("XXXX-03-26" from
 * "EREVAN, 26 MARS"). A date later than today (the crawl cannot predate the analysis) or one that
 * contradicts the date in the URL is kept but flagged. Stateless and thread-safe.
 */
public final class MetadataResolver {
  private static final Pattern URL_DATE =
      Pattern.compile(
          "(?<![\\d])(?<year>(?:19|20)\\d{2})[/_-]?(?<month>0[1-9]|1[0-2])"
              + "(?:[/_-]?(?<day>0[1-9]|[12]\\d|3[01]))?(?![\\d])");

  private final DateParser dates = new DateParser();
  private final Clock clock;

  public MetadataResolver(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ArticleMetadata resolve(RawArticle raw, PageMetadata page, TextHeader header) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String url = first(raw.source().url(), page.url());
    String published = firstDate(page.published(), header.published(), header.datelineDate());
    if (raw.published() != null && !raw.published().isBlank()) {
      // What the input declares wins, read into ISO when it can be, else kept as given.
      String declared = dates.parse(raw.published());
      published = declared != null ? declared : raw.published().strip();
    }
    String urlDate = url == null ? null : urlDate(url);
    if (published == null && urlDate != null) {
      published = urlDate;
      diagnostics.add(
          Diagnostic.info("published-from-url", "publication date taken from the URL: " + urlDate));
    } else if (published != null) {
      check(published, urlDate, diagnostics);
    }
    String outlet = first(raw.source().outlet(), page.outlet(), header.siteName(), header.agency());
    Dateline dateline =
        header.datelinePlace() == null
            ? null
            : new Dateline(header.datelinePlace(), header.datelineDate());
    return new ArticleMetadata(
        first(raw.title(), page.title(), header.title()),
        published,
        first(page.author(), header.author()),
        outlet == null ? null : displayName(outlet),
        url,
        dateline,
        diagnostics);
  }

  private String firstDate(String... written) {
    for (String w : written) {
      String value = dates.parse(w);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private void check(String published, String urlDate, List<Diagnostic> diagnostics) {
    LocalDate day = fullDate(published);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (day != null && day.isAfter(today.plusDays(1))) {
      diagnostics.add(
          Diagnostic.warning(
              "published-future", "publication date " + published + " is in the future"));
    }
    if (urlDate != null && !published.startsWith("XXXX")) {
      int compared = Math.min(published.length(), urlDate.length());
      LocalDate fromUrl = fullDate(urlDate);
      boolean contradicts =
          day != null && fromUrl != null
              ? Math.abs(day.toEpochDay() - fromUrl.toEpochDay()) > 1
              : !published.substring(0, compared).equals(urlDate.substring(0, compared));
      if (contradicts) {
        diagnostics.add(
            Diagnostic.warning(
                "published-url-mismatch",
                "publication date " + published + " contradicts the URL's " + urlDate));
      }
    }
  }

  /** The date a URL path carries ("/2020/10/30/", "-20201030-"), as far as it goes. */
  static String urlDate(String url) {
    int path = url.indexOf('/', url.indexOf("//") + 2);
    if (path < 0) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url.substring(path));
    if (!m.find()) {
      return null;
    }
    String value = m.group("year") + "-" + m.group("month");
    return m.group("day") == null ? value : value + "-" + m.group("day");
  }

  private static LocalDate fullDate(String iso) {
    if (iso.length() < 10 || iso.startsWith("X")) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Outlet names in capitals read as names ("ARMENPRESS"); short ones are acronyms ("AFP"). */
  private static String displayName(String name) {
    String stripped = name.strip();
    return stripped.length() <= 4 ? stripped : DisplayCase.of(stripped);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
