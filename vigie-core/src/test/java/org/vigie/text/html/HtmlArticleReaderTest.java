package org.vigie.text.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.Removal;
import org.vigie.text.Block;
import org.vigie.text.BlockType;
import org.vigie.text.PageBlocks;

class HtmlArticleReaderTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();

  // Running French text, long enough and full enough of function words to read as article text.
  static final String P1 =
      "Le gouvernement a annoncé mardi une série de mesures pour soutenir les agriculteurs, qui"
          + " manifestent depuis plusieurs semaines contre la baisse de leurs revenus et la"
          + " complexité des normes qui pèsent sur leur activité.";
  static final String P2 =
      "Selon le ministre, ces mesures seront financées par une enveloppe de 400 millions d'euros,"
          + " dont une partie sera versée dès le mois prochain aux exploitations les plus en"
          + " difficulté, en particulier dans le sud du pays.";
  static final String P3 =
      "Les syndicats ont salué un premier pas, mais ils estiment que le compte n'y est pas et"
          + " appellent à poursuivre la mobilisation jusqu'à ce que le projet de loi soit"
          + " présenté au Parlement, au début de l'été.";

  static String page(String head, String body) {
    return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  static String article(String inside) {
    return "<header class=\"site-header\"><nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a>"
        + " <a href=\"/sport\">Sport</a></nav></header>"
        + "<main><article class=\"article\"><h1>Les agriculteurs obtiennent des aides</h1>"
        + "<div class=\"article-body\">"
        + inside
        + "</div></article></main>"
        + "<footer class=\"site-footer\"><ul><li><a href=\"/mentions\">Mentions légales</a></li>"
        + "<li><a href=\"/contact\">Contact</a></li></ul><p>© Le Quotidien 2024</p></footer>";
  }

  private List<String> texts(PageBlocks page) {
    return page.blocks().stream().map(Block::text).collect(Collectors.toList());
  }

  private static List<String> removed(String raw, PageBlocks page, String reason) {
    return page.removed().stream()
        .filter(r -> r.reason().equals(reason))
        .map(r -> raw.substring(r.rawStart(), r.rawEnd()))
        .collect(Collectors.toList());
  }

  private static boolean anyContains(List<String> runs, String needle) {
    return runs.stream().anyMatch(s -> s.contains(needle));
  }

  @Test
  void keepsTheArticleAndDropsNavigationFooterRelatedLinksAndComments() {
    String raw =
        page(
            "<title>Aides aux agriculteurs - Le Quotidien</title>",
            article(
                    "<p>"
                        + P1
                        + "</p><p>"
                        + P2
                        + "</p><p>"
                        + P3
                        + "</p>"
                        + "<div class=\"related-articles\"><h3>Sur le même sujet</h3><ul>"
                        + "<li><a href=\"/a\">Les prix du lait repartent à la hausse</a></li>"
                        + "<li><a href=\"/b\">La sécheresse inquiète les céréaliers</a></li>"
                        + "</ul></div>")
                + "<section id=\"comments\" class=\"comments-area\"><h2>3 commentaires</h2>"
                + "<div class=\"comment-body\"><p>Il était temps que le gouvernement se réveille,"
                + " les paysans attendent depuis des années et rien ne change jamais pour"
                + " eux dans nos campagnes.</p></div></section>");
    PageBlocks page = reader.read(raw);
    assertEquals(List.of("Les agriculteurs obtiennent des aides", P1, P2, P3), texts(page));
    assertEquals(BlockType.HEADING, page.blocks().get(0).type());
    assertTrue(anyContains(removed(raw, page, "markup"), "Accueil"), "navigation is markup");
    assertTrue(anyContains(removed(raw, page, "boilerplate"), "prix du lait"), "related links");
    assertTrue(anyContains(removed(raw, page, "boilerplate"), "Mentions légales"), "footer");
    assertTrue(anyContains(removed(raw, page, "comments"), "Il était temps"), "comments");
  }

  @Test
  void textInDivsSeparatedByLineBreaksBecomesParagraphs() {
    String raw =
        page(
            "",
            "<div id=\"menu\"><a href=\"/\">Accueil</a> | <a href=\"/a\">Archives</a></div>"
                + "<div class=\"texte\">"
                + P1
                + "<br><br>"
                + P2
                + "<br>"
                + P3
                + "</div>");
    PageBlocks page = reader.read(raw);
    assertEquals(List.of(P1, P2, P3), texts(page));
    assertTrue(page.blocks().get(1).newParagraph(), "two <br> separate paragraphs");
  }

  @Test
  void aLineBreakInsideAParagraphIsASpace() {
    String raw = page("", article("<p>" + P1 + "<br>" + P2 + "</p><p>" + P3 + "</p>"));
    PageBlocks page = reader.read(raw);
    assertEquals(P1 + " " + P2, page.blocks().get(1).text());
  }

  @Test
  void keepsSubheadingsFollowedByTextAndDropsATrailingOne() {
    String raw =
        page(
            "",
            article(
                "<p>"
                    + P1
                    + "</p><h2>Une enveloppe de 400 millions</h2><p>"
                    + P2
                    + "</p>"
                    + "<h3>Des syndicats prudents</h3><p>"
                    + P3
                    + "</p><h2>Notre newsletter</h2>"));
    PageBlocks page = reader.read(raw);
    assertEquals(
        List.of(
            "Les agriculteurs obtiennent des aides",
            P1,
            "Une enveloppe de 400 millions",
            P2,
            "Des syndicats prudents",
            P3),
        texts(page));
    assertEquals(BlockType.HEADING, page.blocks().get(2).type());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "figcaption           | <figure><img src=x.jpg><figcaption>Des tracteurs devant la préfecture, mardi.</figcaption></figure>",
        "credit line          | <p>Crédits photo : Jean Dupont / AFP</p>",
        "copyright            | <p class=\"credit\">© Reuters</p>",
        "photo colon          | <p>Photo : Marie Martin pour Le Quotidien</p>",
        "caption class        | <div class=\"legende\">Un agriculteur dans son champ, en 2023.</div>",
      })
  void captionsAndCreditsAreRemovedAsCaption(String rule, String figure) {
    String raw =
        page("", article("<p>" + P1 + "</p>" + figure + "<p>" + P2 + "</p><p>" + P3 + "</p>"));
    PageBlocks page = reader.read(raw);
    assertEquals(List.of("Les agriculteurs obtiennent des aides", P1, P2, P3), texts(page), rule);
    assertFalse(removed(raw, page, "caption").isEmpty(), rule + ": " + page.removed());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lire aussi link      | <p><strong>Lire aussi :</strong> <a href=/x>Les prix du blé s'envolent</a></p>",
        "à lire aussi         | <p>À lire aussi : <a href=/x>La colère des éleveurs ne faiblit pas en Bretagne</a></p>",
        "guillemet link       | <p>» <a href=/x>Notre dossier sur la crise agricole</a></p>",
        "heading and list     | <h3>À lire également</h3><ul><li><a href=/x>Les prix du blé</a></li><li><a href=/y>Le lait</a></li></ul>",
        "share bar            | <div class=\"share-bar\"><a href=/f>Facebook</a> <a href=/t>Twitter</a> <a href=/m>E-mail</a></div>",
        "newsletter prompt    | <p>Inscrivez-vous à notre newsletter</p>",
        "subscription notice  | <div class=\"paywall\"><p>Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous.</p></div>",
      })
  void relatedLinksAndServiceLinesInsideTheArticleAreBoilerplate(String rule, String insert) {
    String raw =
        page("", article("<p>" + P1 + "</p>" + insert + "<p>" + P2 + "</p><p>" + P3 + "</p>"));
    PageBlocks page = reader.read(raw);
    assertEquals(List.of("Les agriculteurs obtiennent des aides", P1, P2, P3), texts(page), rule);
    assertFalse(removed(raw, page, "boilerplate").isEmpty(), rule);
  }

  @Test
  void everyBlockCharacterMapsToItsRawCharacter() {
    String raw =
        page(
            "",
            article(
                "<p>Le pr&eacute;fet &amp; le maire ont  rencontr&#233;\n les "
                    + "<a href=\"/x\">repr&eacute;sentants</a> des agriculteurs, qui"
                    + " r&eacute;clament depuis des semaines une baisse des charges et des normes"
                    + " plus simples pour leurs exploitations &#x1F69C; en difficult&eacute;.</p>"
                    + "<p>"
                    + P2
                    + "</p><p>"
                    + P3
                    + "</p>"));
    PageBlocks page = reader.read(raw);
    assertTrue(page.blocks().size() >= 3, texts(page).toString());
    for (Block b : page.blocks()) {
      String firstWord = b.text().split(" ")[0];
      assertTrue(
          raw.startsWith(firstWord, b.rawStart()), "block starts at its first word: " + firstWord);
      for (int i = 0; i < b.text().length(); i++) {
        char c = b.text().charAt(i);
        int at = b.toRaw().toSource(i);
        char r = raw.charAt(at);
        if (c == ' ') {
          assertTrue(Character.isWhitespace(r) || r == '<', "space maps to white space or a tag");
        } else if (r == '&') {
          assertTrue(raw.indexOf(';', at) > at, "an entity's character maps to its '&'");
        } else if (!Character.isSurrogate(c)) {
          assertEquals(c, r, "char " + i + " of " + b.text());
        }
      }
    }
    Block first = page.blocks().get(1);
    assertTrue(first.text().startsWith("Le préfet & le maire ont rencontré les représentants"));
    assertEquals("représentants".length(), first.linkChars());
    int e = first.text().indexOf('é');
    assertTrue(raw.startsWith("&eacute;", first.toRaw().toSource(e)));
    assertEquals("article.article > div.article-body > p", first.path());
  }

  @Test
  void firstBlockOfAParagraphIsNewAndPathNamesItsAncestors() {
    String raw = page("", article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"));
    PageBlocks page = reader.read(raw);
    assertTrue(page.blocks().stream().allMatch(Block::newParagraph));
    assertEquals("article.article > div.article-body > p", page.blocks().get(1).path());
  }

  @Test
  void aListInsideTheArticleIsKept() {
    String raw =
        page(
            "",
            article(
                "<p>"
                    + P1
                    + "</p><p>Les principales mesures annoncées :</p><ul>"
                    + "<li>une aide d'urgence de 400 millions d'euros pour les exploitations;</li>"
                    + "<li>la simplification des normes environnementales et des contrôles;</li>"
                    + "<li>un report des échéances fiscales et sociales pour les agriculteurs.</li>"
                    + "</ul><p>"
                    + P2
                    + "</p><p>"
                    + P3
                    + "</p>"));
    PageBlocks page = reader.read(raw);
    assertEquals(3, page.blocks().stream().filter(b -> b.type() == BlockType.LIST_ITEM).count());
  }

  @Test
  void quotesAreQuoteBlocks() {
    String raw =
        page(
            "",
            article(
                "<p>"
                    + P1
                    + "</p><blockquote><p>Nous ne lâcherons rien tant que les prix ne"
                    + " couvriront pas nos coûts de production.</p></blockquote><p>"
                    + P2
                    + "</p><p>"
                    + P3
                    + "</p>"));
    PageBlocks page = reader.read(raw);
    assertTrue(
        page.blocks().stream()
            .anyMatch(b -> b.type() == BlockType.QUOTE && b.text().startsWith("Nous ne lâcherons")),
        texts(page).toString());
  }

  @Test
  void scriptsAndStylesInTheBodyAreMarkup() {
    String raw =
        page(
            "<style>p{color:red}</style>",
            article(
                "<p>"
                    + P1
                    + "</p><script>var pub = 'Abonnez-vous';</script><p>"
                    + P2
                    + "</p><style>.x{}</style><p>"
                    + P3
                    + "</p>"));
    PageBlocks page = reader.read(raw);
    assertEquals(List.of("Les agriculteurs obtiennent des aides", P1, P2, P3), texts(page));
    assertTrue(anyContains(removed(raw, page, "markup"), "var pub"));
  }

  @Test
  void aPageOfNavigationOnlyHasNoBlocks() {
    StringBuilder links = new StringBuilder("<div class=\"menu\"><ul>");
    for (int i = 0; i < 40; i++) {
      links.append("<li><a href=\"/r").append(i).append("\">Rubrique numéro ").append(i);
      links.append("</a></li>");
    }
    links.append("</ul></div><div class=\"footer\"><a href=\"/c\">Contact</a></div>");
    PageBlocks page = reader.read(page("", links.toString()));
    assertEquals(List.of(), page.blocks());
  }

  @Test
  void removalsAreSortedAndInsideThePage() {
    String raw = page("", article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"));
    List<Removal> removed = reader.read(raw).removed();
    for (int i = 0; i < removed.size(); i++) {
      Removal r = removed.get(i);
      assertTrue(r.rawEnd() <= raw.length(), r.toString());
      if (i > 0) {
        assertTrue(removed.get(i - 1).rawStart() <= r.rawStart());
      }
    }
  }

  @Test
  void readsTheMainTextOfALiveBlog() {
    StringBuilder entries = new StringBuilder("<div class=\"live-comments\">");
    String[] texts = {
      "C'est terminé ! Les deux équipes se quittent sur un match nul après une fin de match tendue.",
      "Le corner ne donne rien.",
      "Carton jaune pour le gardien, qui a pris trop de temps pour dégager le ballon.",
      "Les deux équipes se cherchent en ce début de match.",
    };
    int minute = 90;
    for (String t : texts) {
      entries.append("<div class=\"live-comment\"><div class=\"live-comment-time\">");
      entries.append(minute).append("'</div><div class=\"live-comment-body\">");
      entries.append(t).append("</div></div>");
      minute -= 20;
    }
    entries.append("</div>");
    PageBlocks page = reader.read(page("", "<h1>Match en direct</h1>" + entries));
    List<String> got = texts(page);
    for (String t : texts) {
      assertTrue(got.contains(t), t + " in " + got);
    }
  }

  @Test
  void aReaderWithNoBodyTextGivesNoBlocksButMetadata() {
    PageBlocks page =
        reader.read(
            "<html><head><title>Page vide | Le Quotidien</title></head><body></body></html>");
    assertEquals(List.of(), page.blocks());
    assertEquals("Page vide", page.metadata().title());
    assertNull(page.metadata().published());
  }
}
