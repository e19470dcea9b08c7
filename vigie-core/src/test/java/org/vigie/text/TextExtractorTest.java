package org.vigie.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.ingest.InputFormat;
import org.vigie.ingest.RawArticle;
import org.vigie.model.Removal;
import org.vigie.model.Source;
import org.vigie.pipeline.Pipeline;
import org.vigie.pipeline.PipelineResult;

class TextExtractorTest {
  private final TextExtractor extractor = new TextExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trailing spaces go            | 'Bakou   \\nLa Russie'           | 'Bakou\\nLa Russie'",
        "blank runs become one         | 'Titre\\n\\n\\n\\nCorps'          | 'Titre\\n\\nCorps'",
        "CRLF is a line break          | 'Titre\\r\\nCorps'                | 'Titre\\nCorps'",
        "spaces collapse               | 'la   trêve  humanitaire'         | 'la trêve humanitaire'",
        "tabs collapse                 | 'a\\tb'                           | 'a b'",
        "control characters drop       | 'cessez\\u0007-le-feu'            | 'cessez-le-feu'",
        "byte-order mark drops         | '\\ufeffSelon lui'                | 'Selon lui'",
        "no-break space is kept        | '26\\u00a0mars'                   | '26\\u00a0mars'",
        "leading blank lines go        | '\\n\\n  Erevan'                  | Erevan",
      })
  void plainTextLayout(String rule, String raw, String expected) {
    Joined text = extract(InputFormat.TEXT, unescape(raw));
    assertEquals(unescape(expected), text.text(), rule);
  }

  @Test
  void everyTextCharacterMapsToTheSameRawCharacter() {
    String raw = "  Le rôle\r\n\r\n\r\ndes   casques\tbleus  ";
    Joined text = extract(InputFormat.TEXT, raw);
    for (int i = 0; i < text.text().length(); i++) {
      char c = text.text().charAt(i);
      if (c != '\n' && c != ' ') {
        assertEquals(c, raw.charAt(text.toRaw().toSource(i)), "char " + i);
      }
    }
  }

  @Test
  void htmlKeepsParagraphsDecodesEntitiesAndMapsThemToTheRawPage() {
    String raw =
        "<html><head><title>Trêve</title><script>var x = 1;</script></head>"
            + "<body><nav>Accueil | Monde</nav><h1>Trêve au Haut-Karabakh</h1>"
            + "<p>Selon lui,&nbsp;la tr&ecirc;ve tient depuis le début de la semaine, malgré"
            + " les incidents signalés dans la nuit par les deux parties.</p>"
            + "<p>Maria &amp; Sergueï ont confirmé que les négociations reprendraient à Moscou"
            + " dans les prochains jours, selon le ministère.</p>"
            + "<script>alert('x')</script></body></html>";
    Joined text = extract(InputFormat.HTML, raw);
    assertTrue(text.text().startsWith("Trêve au Haut-Karabakh\n\nSelon lui,\u00a0la trêve"));
    assertTrue(text.text().contains("\n\nMaria & Sergueï ont confirmé"));
    assertEquals("Trêve au Haut-Karabakh", text.title(), "the h1 is a better title than <title>");
    int e = text.text().indexOf("ê", 30);
    assertEquals("&ecirc;", raw.substring(text.toRaw().toSource(e), text.toRaw().toSource(e) + 7));
    int amp = text.text().indexOf('&');
    assertTrue(raw.startsWith("&amp;", text.toRaw().toSource(amp)));
    int m = text.text().indexOf("Maria");
    assertEquals('M', raw.charAt(text.toRaw().toSource(m)));
    List<Removal> removed = text.removed();
    assertTrue(
        removed.stream().anyMatch(r -> raw.substring(r.rawStart(), r.rawEnd()).contains("alert")),
        "scripts are recorded as removed: " + removed);
    assertTrue(
        removed.stream().anyMatch(r -> raw.substring(r.rawStart(), r.rawEnd()).contains("Accueil")),
        "navigation is recorded as removed");
  }

  @Test
  void htmlMetadataComesFromMetaTags() {
    String raw =
        "<html><head><meta property=\"og:title\" content=\"Le titre\">"
            + "<meta property=\"article:published_time\" content=\"2020-10-30T06:00:00+01:00\">"
            + "<meta property=\"og:site_name\" content=\"Lagazette\">"
            + "<link rel=\"canonical\" href=\"https://example.org/a\"></head>"
            + "<body><p>Texte.</p></body></html>";
    Joined text = extract(InputFormat.HTML, raw);
    assertEquals("Le titre", text.title());
    assertEquals("2020-10-30T06:00:00+01:00", text.metadata().published());
    assertEquals("Lagazette", text.metadata().outlet());
    assertEquals("https://example.org/a", text.metadata().url());
  }

  @Test
  void malformedHtmlStillGivesItsText() {
    Joined text =
        extract(
            InputFormat.HTML,
            "<div><p>Un <b>conflit <i>gelé depuis trente ans a repris le dimanche 27 septembre,"
                + " selon les autorités des deux pays.</div></p>");
    assertEquals(
        "Un conflit gelé depuis trente ans a repris le dimanche 27 septembre, selon les autorités"
            + " des deux pays.",
        text.text());
  }

  /** The blocks joined as the article text stage joins them, with one map to the raw input. */
  private Joined extract(InputFormat format, String raw) {
    RawArticle article =
        new RawArticle("t", new Source(null, null, null), format, raw, null, null, null, List.of());
    PipelineResult result = Pipeline.of(List.of(extractor)).run(article);
    PageBlocks page = ((PipelineResult.Completed) result).document().get(PageBlocks.LAYER);
    OffsetMap.Builder out = new OffsetMap.Builder();
    for (Block block : page.blocks()) {
      if (out.length() > 0) {
        out.insert(block.newParagraph() ? "\n\n" : "\n", block.rawStart());
      }
      for (int i = 0; i < block.text().length(); i++) {
        out.put(block.text().charAt(i), block.toRaw().toSource(i));
      }
    }
    return new Joined(out.text(), out.build(), page.metadata(), page.removed());
  }

  private record Joined(
      String text, OffsetMap toRaw, PageMetadata metadata, List<Removal> removed) {
    String title() {
      return metadata.title();
    }
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(n);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
