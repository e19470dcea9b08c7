package org.vigie.text.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.text.PageMetadata;

class PageMetadataTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();

  private static final String BODY =
      HtmlArticleReaderTest.article(
          "<p>"
              + HtmlArticleReaderTest.P1
              + "</p><p>"
              + HtmlArticleReaderTest.P2
              + "</p><p>"
              + HtmlArticleReaderTest.P3
              + "</p>");

  private PageMetadata read(String head, String body) {
    return reader.read(HtmlArticleReaderTest.page(head, body)).metadata();
  }

  @Test
  void metaTagsGiveTitleDatesOutletUrlAndLanguage() {
    PageMetadata m =
        read(
            "<title>Aides agricoles - Le Quotidien</title>"
                + "<meta property=\"og:title\" content=\"Les agriculteurs obtiennent des aides\">"
                + "<meta property=\"og:site_name\" content=\"Le Quotidien\">"
                + "<meta property=\"article:published_time\" content=\"2024-02-06T10:15:00+01:00\">"
                + "<meta property=\"article:modified_time\" content=\"2024-02-06T18:00:00+01:00\">"
                + "<meta name=\"author\" content=\"Jeanne Martin\">"
                + "<link rel=\"canonical\" href=\"https://www.lequotidien.fr/agriculture/aides\">",
            BODY);
    assertEquals(
        new PageMetadata(
            "Les agriculteurs obtiennent des aides",
            "2024-02-06T10:15:00+01:00",
            "2024-02-06T18:00:00+01:00",
            "Jeanne Martin",
            "Le Quotidien",
            "https://www.lequotidien.fr/agriculture/aides",
            "fr"),
        m);
  }

  @Test
  void jsonLdGraphWithAuthorArray() {
    PageMetadata m =
        read(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Le Quotidien\",\"url\":\"https://lequotidien.fr\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Des aides pour les agriculteurs\","
                + "\"datePublished\":\"2024-02-06T10:15:00Z\",\"dateModified\":\"2024-02-07\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jeanne Martin\"},"
                + "{\"@type\":\"Person\",\"name\":\"Paul Durand\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Le Quotidien SA\"},"
                + "\"url\":\"https://lequotidien.fr/a\",\"inLanguage\":\"fr-FR\"}]}</script>",
            BODY);
    assertEquals("Des aides pour les agriculteurs", m.title());
    assertEquals("2024-02-06T10:15:00Z", m.published());
    assertEquals("2024-02-07", m.modified());
    assertEquals("Jeanne Martin, Paul Durand", m.author());
    assertEquals("Le Quotidien SA", m.outlet());
    assertEquals("https://lequotidien.fr/a", m.url());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "author string        | \"author\":\"Jeanne Martin\"                                        | Jeanne Martin",
        "author object        | \"author\":{\"@type\":\"Person\",\"name\":\"Jeanne Martin\"}        | Jeanne Martin",
        "author array strings | \"author\":[\"Jeanne Martin\",\"Paul Durand\"]                      | Jeanne Martin, Paul Durand",
        "reportage type       | \"author\":{\"name\":\"Jeanne Martin\"},\"x\":1                     | Jeanne Martin",
      })
  void jsonLdAuthorShapes(String rule, String author, String expected) {
    PageMetadata m =
        read(
            "<script type=\"application/ld+json\">{\"@type\":\"ReportageNewsArticle\","
                + "\"headline\":\"Titre\",\"datePublished\":\"2024-02-06\","
                + author
                + "}</script>",
            BODY);
    assertEquals(expected, m.author(), rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-06\",}",
        "{\"@type\":\"NewsArticle\",\"description\":\"deux\tlignes\",\"datePublished\":\"2024-02-06\"}",
        "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-06\",\"author\":{\"name\":",
        "<!-- {\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-06\"} -->",
        "}}}{{ \"datePublished\": \"2024-02-06\"",
        "// commentaire\n{\"@type\":\"NewsArticle\",/* ici */\"datePublished\":\"2024-02-06\"};",
      })
  void brokenJsonLdStillGivesTheDate(String json) {
    PageMetadata m = read("<script type=\"application/ld+json\">" + json + "</script>", BODY);
    assertEquals("2024-02-06", m.published(), json);
  }

  @Test
  void deeplyNestedJsonLdDoesNotBreakTheReader() {
    String json = "[".repeat(5000) + "]".repeat(5000);
    PageMetadata m = read("<script type=\"application/ld+json\">" + json + "</script>", BODY);
    assertNull(m.published());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "dash suffix       # Les agriculteurs obtiennent des aides - Le Quotidien       # Le Quotidien # Les agriculteurs obtiennent des aides",
        "pipe suffix       # Les agriculteurs obtiennent des aides | Libération         # Libération   # Les agriculteurs obtiennent des aides",
        "prefix            # Le Quotidien - Les agriculteurs obtiennent des aides       # Le Quotidien # Les agriculteurs obtiennent des aides",
        "domain name       # Les agriculteurs obtiennent des aides - LeMonde.fr         #              # Les agriculteurs obtiennent des aides",
        "date part         # Les agriculteurs obtiennent des aides | LQ | 06.02.2024    # LQ           # Les agriculteurs obtiennent des aides",
        "unknown pipe site # Les agriculteurs obtiennent des aides | Info Paysanne      #              # Les agriculteurs obtiennent des aides",
        "inner dash kept   # Guerre en Ukraine : le front - et l'arrière                # Le Quotidien # Guerre en Ukraine : le front - et l'arrière",
        "colon kept        # Parité : au-dessous de la moyenne                          # Le Quotidien # Parité : au-dessous de la moyenne",
      })
  void siteNameIsStrippedFromTheTitle(String rule, String title, String site, String expected) {
    String head =
        "<title>" + title + "</title>" + "<link rel=canonical href=https://www.lemonde.fr/x>";
    if (site != null) {
      head += "<meta property=og:site_name content=\"" + site + "\">";
    }
    PageMetadata m = read(head, "<p>" + HtmlArticleReaderTest.P1 + "</p>");
    assertEquals(expected, m.title(), rule);
  }

  @Test
  void theArticleDateIsNotTakenFromCommentsOrTeasers() {
    String body =
        "<div class=\"related\"><article><time datetime=\"2019-01-01\">1er janvier 2019</time>"
            + "<a href=/x>Un autre article</a></article></div>"
            + HtmlArticleReaderTest.article(
                "<p class=\"date\">Publié le <time datetime=\"2024-02-06T10:15\">6 février"
                    + " 2024</time></p><p>"
                    + HtmlArticleReaderTest.P1
                    + "</p><p>"
                    + HtmlArticleReaderTest.P2
                    + "</p>")
            + "<div class=\"comments\"><div class=\"comment\"><time datetime=\"2024-03-01\">"
            + "1er mars</time><p>Très bon article sur le sujet des agriculteurs.</p></div></div>";
    PageMetadata m = read("", body);
    assertEquals("2024-02-06T10:15", m.published());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "publié le text  | <p>Publié le 12 avril 2017 à 18h33</p>                | 12 avril 2017",
        "itemprop        | <span itemprop=\"datePublished\" content=\"2017-04-12\">hier</span> | 2017-04-12",
        "numeric         | <div class=\"meta\">Mis en ligne le 12/04/2017</div>  | 12/04/2017",
      })
  void datesFromTheBody(String rule, String line, String expected) {
    PageMetadata m =
        read(
            "",
            HtmlArticleReaderTest.article(
                line
                    + "<p>"
                    + HtmlArticleReaderTest.P1
                    + "</p><p>"
                    + HtmlArticleReaderTest.P2
                    + "</p>"));
    assertEquals(expected, m.published(), rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "par line          | <p class=\"x\">Par Jeanne Martin</p>                            | Jeanne Martin",
        "rel author        | <p>Un article de <a rel=\"author\" href=/j>Jeanne Martin</a></p> | Jeanne Martin",
        "byline class      | <div class=\"byline\">Par Jeanne Martin, envoyée spéciale</div> | Jeanne Martin, envoyée spéciale",
        "itemprop name     | <span itemprop=\"author\"><span itemprop=\"name\">Jeanne Martin</span></span> | Jeanne Martin",
      })
  void bylines(String rule, String line, String expected) {
    PageMetadata m =
        read(
            "",
            HtmlArticleReaderTest.article(
                line
                    + "<p>"
                    + HtmlArticleReaderTest.P1
                    + "</p><p>"
                    + HtmlArticleReaderTest.P2
                    + "</p>"));
    assertEquals(expected, m.author(), rule);
  }

  @Test
  void theCanonicalUrlIsReadAndItsDateLeftToTheResolver() {
    PageMetadata m = read("<link rel=canonical href=\"https://x.fr/2020/02/17/une-greve\">", BODY);
    assertEquals("https://x.fr/2020/02/17/une-greve", m.url());
    assertNull(m.published());
  }
}
