package org.vigie.text.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Diagnostic;
import org.vigie.model.Source;
import org.vigie.text.PageMetadata;
import org.vigie.text.boilerplate.TextHeader;

class MetadataResolverTest {
  private final MetadataResolver resolver =
      new MetadataResolver(Clock.fixed(Instant.parse("2021-06-03T12:00:00Z"), ZoneId.of("UTC")));

  private static RawArticle raw(String url, String title, String published) {
    return new RawArticle(
        "a", new Source(null, url, null), InputFormat.TEXT, "x", title, published, null, List.of());
  }

  private static TextHeader header(String published, String place, String date, String agency) {
    return new TextHeader(null, published, place, date, agency, null, null);
  }

  @Test
  void declaredValuesWinOverThePageAndTheText() {
    ArticleMetadata meta =
        resolver.resolve(
            raw(null, "Titre déclaré", "2020-10-30"),
            new PageMetadata("Titre de la page", "2020-10-29", null, null, "Site", null, null),
            header("28 octobre 2020", null, null, null));
    assertEquals("Titre déclaré", meta.title());
    assertEquals("2020-10-30", meta.published());
    assertEquals("Site", meta.outlet());
  }

  @Test
  void aDatelineGivesAPartialDateAndTheAgencyIsTheOutlet() {
    ArticleMetadata meta =
        resolver.resolve(
            raw(null, null, null),
            PageMetadata.NONE,
            header(null, "Erevan", "26 MARS", "ARMENPRESS"));
    assertEquals("XXXX-03-26", meta.published());
    assertEquals("Armenpress", meta.outlet());
    assertEquals("Erevan", meta.dateline().place());
  }

  @Test
  void theUrlDateIsTheLastResortAndSaysSo() {
    ArticleMetadata meta =
        resolver.resolve(
            raw("https://fr.news-front.info/2021/06/03/le-role-des-casques-bleus/", null, null),
            PageMetadata.NONE,
            TextHeader.NONE);
    assertEquals("2021-06-03", meta.published());
    assertTrue(codes(meta).contains("published-from-url"));
  }

  @Test
  void thePageCanonicalUrlDateIsTheLastResortToo() {
    ArticleMetadata meta =
        resolver.resolve(
            raw(null, null, null),
            new PageMetadata(
                null, null, null, null, null, "https://x.fr/2020/02/17/une-greve", null),
            TextHeader.NONE);
    assertEquals("2020-02-17", meta.published());
    assertTrue(codes(meta).contains("published-from-url"));
  }

  @Test
  void aDateThatContradictsTheUrlIsFlagged() {
    ArticleMetadata meta =
        resolver.resolve(
            raw("https://example.org/2019/06/13/article", null, "2020-02-18"),
            PageMetadata.NONE,
            TextHeader.NONE);
    assertEquals("2020-02-18", meta.published());
    assertTrue(codes(meta).contains("published-url-mismatch"), codes(meta).toString());
  }

  @Test
  void aDateInTheFutureIsFlagged() {
    ArticleMetadata meta =
        resolver.resolve(raw(null, null, "2031-01-01"), PageMetadata.NONE, TextHeader.NONE);
    assertTrue(codes(meta).contains("published-future"));
  }

  @Test
  void aDayAfterTheUrlDateIsNoContradiction() {
    ArticleMetadata meta =
        resolver.resolve(
            raw("https://example.org/2020/10/30/a", null, "2020-10-31T00:30+03:00"),
            PageMetadata.NONE,
            TextHeader.NONE);
    assertTrue(codes(meta).isEmpty(), codes(meta).toString());
  }

  private static List<String> codes(ArticleMetadata meta) {
    return meta.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
