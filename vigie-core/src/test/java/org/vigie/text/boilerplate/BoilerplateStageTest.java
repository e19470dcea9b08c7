package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.vigie.text.Block;
import org.vigie.text.TextExtractor;

class BoilerplateStageTest {
  private static final String P1 =
      "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré mercredi que Moscou"
          + " était disposé à accueillir les ministres pour des pourparlers.";
  private static final String P2 =
      "La situation dans le Caucase est tendue en raison des attaques contre des civils, qui ont"
          + " fait onze morts et trente-trois blessés selon les autorités.";
  private static final String P3 =
      "Les relations entre les deux anciens pays soviétiques sont tendues depuis les années 1990,"
          + " lorsque le conflit a éclaté pour la première fois dans la région.";

  private static ArticleBody clean(String raw, RecurringLines recurring) {
    RawArticle article =
        new RawArticle(
            "t", new Source(null, null, null), InputFormat.TEXT, raw, null, null, null, List.of());
    PipelineResult result =
        Pipeline.of(List.of(new TextExtractor(), new BoilerplateStage(recurring))).run(article);
    return ((PipelineResult.Completed) result).document().get(ArticleBody.LAYER);
  }

  private static List<String> kept(ArticleBody body) {
    return body.blocks().stream().map(Block::text).toList();
  }

  private static String reasonFor(String raw, ArticleBody body, String line) {
    int at = raw.indexOf(line);
    for (Removal r : body.removed()) {
      if (r.rawStart() <= at && at < r.rawEnd()) {
        return r.reason();
      }
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "loading widget             | Loading...                                  | navigation | middle",
        "see-more link              | L'info de A à Z Voir Plus                   | navigation | middle",
        "newsletter                 | NEWSLETTER                                  | newsletter | middle",
        "newsletter call            | Inscrivez-vous pour suivre toute notre actualité. | newsletter | middle",
        "comment widget             | Poster un Commentaire                       | comments | end",
        "comment prompt             | Que pensez-vous de cet article ?            | comments | end",
        "WordPress comments         | wpDiscuz                                    | comments | end",
        "social bar                 | RÉSEAUX SOCIAUX                             | share | middle",
        "share button               | Partager sur Facebook                       | share | middle",
        "related label, any length  | Lire aussi : Haut-Karabakh, la Russie déploie ses casques bleus dans la région disputée | related | middle",
        "related bullet             | » Syrie : les rebelles reprennent Alep      | related | middle",
        "teaser with access label   | Erevan : les réfugiés du Karabakh face à l'hiver  Abonnés | related | middle",
        "read label and a quotation | Lire : « À Alep, la ville coupée en deux »   | related | middle",
        "read the story label       | Lire le récit de notre envoyé spécial : « La nuit d'Alep » | related | middle",
        "rolling news of a rubric   | International en continu                    | related | end",
        "most read                  | Articles les plus lus                       | related | end",
        "article tool               | Agrandir le texte                           | tools | middle",
        "link to a dossier          | Lire notre dossier complet                  | link | middle",
        "comment stamp, pseudonym   | 03/10 10:32 - Bouliq                        | comment-stamp | middle",
        "comment age                | Bouliq il y a 3 heures                      | comment-stamp | middle",
        "photo credit               | Crédits photo : AFP                         | caption | middle",
        "copyright                  | © L'Express - Tous droits réservés          | caption | middle",
        "cookie notice              | En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des contenus adaptés. | cookie | middle",
        "paywall                    | Offre limitée - 2 mois pour 1€, sans engagement | newsletter | middle",
        "bare URL                   | https://iz.ru/video/embed/1578497#inside    | url | middle",
        "glued link titles          | Moscou contribuera à résoudre le conflit entre Erevan et BakouLe Haut-Karabakh porté au Conseil de sécurité | related | middle",
      })
  void chromeInsideOrAroundTheArticleGoesWithItsReason(
      String rule, String line, String reason, String where) {
    String raw =
        where.equals("end")
            ? P1 + "\n" + P2 + "\n" + P3 + "\n" + line
            : P1 + "\n" + P2 + "\n" + line + "\n" + P3;
    ArticleBody body = clean(raw, RecurringLines.NONE);
    assertEquals(List.of(P1, P2, P3), kept(body), rule);
    assertEquals(reason, reasonFor(raw, body, line), rule);
  }

  @Test
  void subheadingsInsideTheBodyStay() {
    String raw = P1 + "\nMoscou fustige Washington à l'ONU\n" + P2 + "\n" + P3;
    assertEquals(
        List.of(P1, "Moscou fustige Washington à l'ONU", P2, P3),
        kept(clean(raw, RecurringLines.NONE)));
  }

  @Test
  void headerLinesBecomeMetadataAndLeaveTheText() {
    String title = "La Russie fait des efforts pour désamorcer le conflit du Haut-Karabakh";
    String raw =
        "Lagazette\n\n"
            + title
            + "\n\n30 Octobre 2020 06:00 (UTC+01:00)\n"
            + title
            + "\n"
            + title
            + "\n\nBakou / Lagazetteaz\n\n"
            + P1
            + "\n\n"
            + P2
            + "\n\nLoading...\n";
    ArticleBody body = clean(raw, RecurringLines.NONE);
    assertEquals(List.of(P1, P2), kept(body));
    TextHeader header = body.header();
    assertEquals(title, header.title());
    assertEquals("30 Octobre 2020 06:00 (UTC+01:00)", header.published());
    assertEquals("Bakou", header.datelinePlace());
    assertEquals("Lagazette", header.siteName());
    assertEquals("site-name", reasonFor(raw, body, "Lagazette\n"));
    assertEquals("dateline", reasonFor(raw, body, "Bakou /"));
  }

  @Test
  void aDatelineOpeningTheBodyIsCutAndRead() {
    String raw = "EREVAN, 26 MARS, ARMENPRESS. " + P1 + "\n" + P2;
    ArticleBody body = clean(raw, RecurringLines.NONE);
    assertEquals(List.of(P1, P2), kept(body));
    assertEquals("Erevan", body.header().datelinePlace());
    assertEquals("26 MARS", body.header().datelineDate());
    assertEquals("ARMENPRESS", body.header().agency());
    assertEquals("dateline", reasonFor(raw, body, "EREVAN"));
  }

  @Test
  void aRubricOpeningTheBodyIsNoPlace() {
    String raw = "INTERNATIONAL - " + P1 + "\n" + P2;
    ArticleBody body = clean(raw, RecurringLines.NONE);
    assertEquals(List.of(P1, P2), kept(body));
    assertNull(body.header().datelinePlace());
    assertEquals("section", reasonFor(raw, body, "INTERNATIONAL"));
  }

  @Test
  void aTitleEndingInAFullStopIsBodyNotTitle() {
    String raw = P1 + "\n" + P2;
    assertNull(clean(raw, RecurringLines.NONE).header().title());
  }

  @Test
  void bylineAndStampGiveAuthorAndDate() {
    String raw =
        "L'épouse et la fille de Kadhafi seraient en Tunisie\n"
            + "Par Paul Larrouturou Publié le 18 mai 2011 à 22h07 - Mis à jour le 18 mai 2011\n"
            + P1
            + "\n"
            + P2;
    TextHeader header = clean(raw, RecurringLines.NONE).header();
    assertEquals("Paul Larrouturou", header.author());
    assertTrue(header.published().contains("18 mai 2011"));
    assertEquals("L'épouse et la fille de Kadhafi seraient en Tunisie", header.title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "byline and stamp       | Par Anne Durand Publié le 18 mai 2011 à 22h07 - Mis à jour le 18 mai"
            + " 2011 | Anne Durand",
        "wire credit and stamp  | Le Monde avec AFP Publié le 18 mai 2011 à 22h07 | ",
        "names and dated stamp  | Anne Durand — 18 mai 2011 à 6h45 | Anne Durand",
        "two signing names      | Marc Petit et Anne Durand | Marc Petit et Anne Durand",
        "particle in a name     | Karim El Haddad — 18 mai 2011 à 10h24 | Karim El Haddad",
      })
  void theArticlesOwnSignatureAndStampStayAndAreRead(String label, String line, String author) {
    String headline = "Les rebelles libyens reprennent le port de Brega";
    String raw = headline + "\n" + line + "\n" + P1 + "\n" + P2;
    ArticleBody body = clean(raw, RecurringLines.NONE);
    assertEquals(List.of(line, P1, P2), kept(body), label);
    assertEquals(headline, body.header().title(), label);
    assertEquals(author, body.header().author(), label);
    if (line.contains("mai")) {
      assertTrue(body.header().published().contains("18 mai 2011"), label);
    }
  }

  @Test
  void aBareDateLineIsReadAndLeaves() {
    String raw = "Les rebelles libyens reprennent Brega\n18 mai 2011 22:07\n" + P1 + "\n" + P2;
    ArticleBody body = clean(raw, RecurringLines.NONE);
    assertEquals(List.of(P1, P2), kept(body));
    assertEquals("published", reasonFor(raw, body, "18 mai 2011"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "date introducing a quotation | Le 12 mars, la blogueuse Nour Saleh a écrit :",
        "date opening a clause        | Mardi 3 mai, les rebelles ont repris le port de Brega",
      })
  void aSentenceOpeningOnADateIsNoDateLine(String label, String line) {
    String raw = "Les rebelles libyens reprennent Brega\n" + line + "\n" + P1 + "\n" + P2;
    ArticleBody body = clean(raw, RecurringLines.NONE);
    assertNull(body.header().published(), label);
    assertNotEquals("published", reasonFor(raw, body, line), label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "place before the date   | Le Caire, le 3 mars 2011",
        "time after the comma    | Mise à jour du 31 août 2013, à 13h30",
        "stamp after the comma   | Publié le 2 mars 2011, mis à jour le 3 mars 2011 à 10h05",
      })
  void aDateLineWithACommaIsStillRead(String label, String line) {
    String raw = "Les rebelles libyens reprennent Brega\n" + line + "\n" + P1 + "\n" + P2;
    assertNotNull(clean(raw, RecurringLines.NONE).header().published(), label);
  }

  @Test
  void aStampWhoseShapeRecursAcrossTheSiteStaysTheArticles() {
    // Every page of the site prints its own stamp: once digits are folded, the corpus pass sees
    // one template line.
    RecurringLines.Builder learnt = RecurringLines.builder();
    for (int i = 1; i <= 8; i++) {
      learnt.addDocument(
          List.of(
              "Article " + i + " sur un autre sujet.",
              "Publié le 1" + i + "/05/11 à 0" + i + "h00"));
    }
    String stamp = "Publié le 18/05/11 à 22h07";
    String raw = "Les rebelles libyens reprennent Brega\n" + stamp + "\n" + P1 + "\n" + P2;
    ArticleBody body = clean(raw, learnt.build());
    assertEquals(List.of(stamp, P1, P2), kept(body));
    assertTrue(body.header().published().contains("18/05/11"));
  }

  @Test
  void aSentenceOpeningOnLesIsNoDateLine() {
    String caption = "Les forces de sécurité à Téhéran le 3 octobre 2012";
    String raw = caption + "\n" + P1 + "\n" + P2;
    assertNull(clean(raw, RecurringLines.NONE).header().published());
  }

  @Test
  void readerCommentsAfterACommentCueGo() {
    String raw =
        P1 + "\n" + P2 + "\nCommentaires\n" + P3 + "\nRépondre\n" + P3.replace("1990", "2000");
    assertEquals(List.of(P1, P2), kept(clean(raw, RecurringLines.NONE)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "count and title repeated | 38 commentaires à « Moscou veut accueillir des pourparlers »",
        "count of reactions       | 100 réactions à cet article",
        "moderation notice        | Les commentaires sous les billets seront désormais modérés a"
            + " priori, et modérés a posteriori s'ils ont déjà été publiés.",
        "answers by feed          | Vous pouvez suivre les réponses à cet article avec le flux RSS.",
      })
  void theHeadOfTheCommentSectionEndsTheArticle(String label, String head) {
    String comment =
        "Je ne suis pas d'accord avec votre analyse, la Russie a toujours soutenu les séparatistes"
            + " et les Européens le savent bien depuis des années.";
    String raw = P1 + "\n" + P2 + "\n" + P3 + "\n" + head + "\n" + comment + "\n" + comment;
    assertEquals(List.of(P1, P2, P3), kept(clean(raw, RecurringLines.NONE)), label);
  }

  @Test
  void aPageOfNavigationOnlyKeepsNothing() {
    ArticleBody body =
        clean("Accueil\nMenu\nRechercher\nSe connecter\nPartager", RecurringLines.NONE);
    assertTrue(body.blocks().isEmpty());
    assertEquals(5, body.removed().size());
  }

  @Test
  void templateLinesLearntFromTheCorpusGoEvenWhenTheyReadAsProse() {
    // A sentence no cue knows: the corpus alone tells it is the site's.
    String template =
        "Retrouvez chaque jour dans cette rubrique le meilleur de la presse étrangère, choisi par"
            + " la rédaction.";
    RecurringLines.Builder learnt = RecurringLines.builder();
    for (int i = 0; i < 8; i++) {
      learnt.addDocument(List.of("Article " + i + " sur un autre sujet.", template));
    }
    String raw = P1 + "\n" + P2 + "\n" + template + "\n" + P3;
    ArticleBody body = clean(raw, learnt.build());
    assertEquals(List.of(P1, P2, P3), kept(body));
    assertEquals("recurring", reasonFor(raw, body, template));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a verb of saying      | Elle ajoute :",
        "with its auxiliary    | Il a écrit :",
      })
  void aQuotationsIntroductionIsNoTemplateHoweverOftenItRecurs(String kind, String introduction) {
    RecurringLines.Builder learnt = RecurringLines.builder();
    for (int i = 0; i < 8; i++) {
      learnt.addDocument(List.of("Article " + i + " sur un autre sujet.", introduction));
    }
    String raw = P1 + "\n" + P2 + "\n" + introduction + "\n" + P3;
    ArticleBody body = clean(raw, learnt.build());
    assertEquals(List.of(P1, P2, introduction, P3), kept(body));
  }

  @Test
  void wireCopyReprintedByThreeOutletsIsNotTemplate() {
    RecurringLines.Builder learnt = RecurringLines.builder();
    for (int i = 0; i < 3; i++) {
      learnt.addDocument(List.of(P1, P2, P3, "Services Le Monde"));
    }
    String raw = "Services Le Monde\n" + P1 + "\n" + P2 + "\n" + P3;
    ArticleBody body = clean(raw, learnt.build());
    assertEquals(List.of(P1, P2, P3), kept(body));
    assertFalse(body.removed().isEmpty());
  }

  @Test
  void aSitesNotesAfterTheArticlesToolsCloseItThoughTheyRecurOnThreePagesOnly() {
    String about =
        "Un regard différent sur la région et ses conflits, loin des idées reçues et des"
            + " raccourcis.";
    String welcome =
        "Toutes les opinions sont bienvenues, à condition qu'elles s'appuient sur des faits"
            + " vérifiables.";
    RecurringLines.Builder learnt = RecurringLines.builder();
    for (int i = 0; i < 3; i++) {
      learnt.addDocument(List.of("Un billet " + i + " sur un autre sujet.", about, welcome));
    }
    String raw = P1 + "\n" + P2 + "\n" + P3 + "\nPartager cet article /\n" + about + "\n" + welcome;
    ArticleBody body = clean(raw, learnt.build());
    assertEquals(List.of(P1, P2, P3), kept(body));
  }

  @Test
  void theSitesFooterClosesTheArticleAndTheReadersProseAfterItGoes() {
    List<String> footer =
        List.of("Code promo Trains", "Code promo Hôtels", "Code promo Vols", "Plan du site");
    RecurringLines.Builder learnt = RecurringLines.builder();
    for (int i = 0; i < 10; i++) {
      List<String> page = new ArrayList<>(List.of("Un article " + i + " sur un autre sujet."));
      page.addAll(footer);
      learnt.addDocument(page);
    }
    // The readers' prose, on the article's subject and long enough to outweigh the footer.
    List<String> readers =
        List.of(
            "Moscou a toujours voulu garder la main sur les pourparlers entre les deux pays,"
                + " et les ministres le savent depuis le début des années 1990.",
            "Les attaques contre des civils dans le Caucase ne cesseront pas tant que les deux"
                + " pays refuseront de reconnaître les frontières fixées par les accords.",
            "La Russie joue les médiateurs alors qu'elle vend des armes aux deux camps depuis"
                + " des années, ce que les autorités des deux pays ne disent jamais.",
            "Les relations entre les anciens pays soviétiques resteront tendues tant que le"
                + " conflit de la région ne sera pas réglé par une conférence de paix.");
    String raw =
        String.join("\n", List.of(P1, P2, P3))
            + "\n"
            + String.join("\n", footer)
            + "\n"
            + String.join("\n", readers);
    ArticleBody body = clean(raw, learnt.build());
    assertEquals(List.of(P1, P2, P3), kept(body));
  }

  @Test
  void theLastParagraphOfAWireReprintAfterALinkStays() {
    RecurringLines.Builder learnt = RecurringLines.builder();
    for (int i = 0; i < 3; i++) {
      learnt.addDocument(List.of(P1, P2, P3));
    }
    String raw = P1 + "\n" + P2 + "\nPartager cet article /\n" + P3;
    ArticleBody body = clean(raw, learnt.build());
    assertEquals(List.of(P1, P2, P3), kept(body));
  }

  @Test
  void removalsAreSortedAndInsideTheRawInput() {
    String raw = "FLASH INFO :\n\nUn titre de trois mots\n\n" + P1 + "\n\nNEWSLETTER\n\nwpDiscuz\n";
    ArticleBody body = clean(raw, RecurringLines.NONE);
    List<Removal> sorted = new ArrayList<>(body.removed());
    sorted.sort((a, b) -> a.rawStart() - b.rawStart());
    assertEquals(sorted, body.removed());
    for (Removal r : body.removed()) {
      assertTrue(r.rawEnd() <= raw.length() && r.rawStart() < r.rawEnd(), r.toString());
    }
  }
}
