package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.text.boilerplate.CleaningFixture.clean;
import static org.vigie.text.boilerplate.CleaningFixture.kept;
import static org.vigie.text.boilerplate.CleaningFixture.reason;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Links to other reading, the article's own tools and a block of related links closing it, and the
 * headline left by a list before the lede (sentences written for this test).
 */
class PageSectionsTest {
  private static final List<String> ARTICLE =
      List.of(
          "Le barrage de la vallée a cédé dans la nuit de mardi après des pluies torrentielles, a"
              + " indiqué la préfecture aux habitants du barrage.",
          "Selon la préfecture, les eaux du barrage ont envahi trois villages de la vallée et les"
              + " secours ont évacué plus de deux cents personnes avant l'aube.",
          "Les ingénieurs chargés du barrage avaient signalé des fissures dès le printemps, selon"
              + " un rapport consulté par la rédaction dans la vallée.",
          "Le préfet a promis une enquête sur l'entretien du barrage et une aide d'urgence pour"
              + " les familles de la vallée privées de logement.");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "read label and what       | Lire notre dossier complet                         | true",
        "imperative and article    | Revivez les temps forts de la soirée électorale    | true",
        "imperative, dossier title | Consultez notre dossier : La crise de l'eau         | true",
        "watch label and colon     | Voir : La carte des zones inondées                  | true",
        "marked link               | > Relisez notre suivi heure par heure              | true",
        "site's recommendation     | La rédaction vous conseille                         | true",
        "infinitive subheading     | Retrouver la confiance des électeurs                | false",
        "advice in a sentence      | Consultez les consignes de la préfecture.           | false",
        "sentence of the article   | Voir le pont s'effondrer a traumatisé les habitants du village entier ce jour-là | false",
        "no object after the verb  | Voir Naples et mourir                               | false",
        "named piece, full stop    | Lire le portrait du maire de Grenoble.              | true",
        "named piece, long title   | Lire l'entretien avec Paul Martin, historien des crues de la vallée :"
            + " « Les digues ne suffiront pas à protéger les villages du fond de la vallée »"
            + " | true",
        "quoted title, full stop   | Consultez notre dossier : « Les crues de la Loire ».  | true",
        "arrow marker and label    | -> A voir : la séance du conseil municipal, filmée par la mairie"
            + " | true",
        "double arrow              | >> Lire : « Les crues de la Loire, dix ans après »   | true",
        "arrow before two sentences | -> A voir : la séance filmée par la mairie. Le maire y défend"
            + " son budget. | false",
        "sentence opening on voir  | Voir la vallée sombrer sous les eaux, « c'est terrible », dit"
            + " le maire. | false",
      })
  void readingInvitations(String kind, String line, boolean invitation) {
    assertEquals(invitation, ReadingInvitations.invitation(line), kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "blog post in a dossier     | Ce billet fait partie de notre dossier sur les crues de 2021.  | true",
        "article in a series        | Cet article fait partie de la série « Les vallées oubliées »   | true",
        "extract of a special issue | Ce texte est extrait de notre numéro spécial sur l'eau         | true",
        "coverage                   | Cet article fait partie de notre couverture des inondations    | true",
        "no collection named        | Cet article fait partie des plus lus de la semaine             | false",
        "a place, not the piece     | Cette vallée fait partie du département depuis 1860.           | false",
        "the piece as object        | Le préfet a lu cet article qui fait partie du dossier          | false",
      })
  void seriesNotices(String kind, String line, boolean notice) {
    assertEquals(notice, ReadingInvitations.seriesNotice(line), kind);
  }

  @Test
  void aSeriesNoticeAboveAndBelowTheArticleGoes() {
    String notice = "Ce billet fait partie de notre dossier sur les crues de 2021.";
    List<String> lines = new ArrayList<>();
    lines.add(notice);
    lines.addAll(ARTICLE);
    lines.add(notice);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertEquals("link", reason(raw, body, notice));
    assertTrue(reason(raw, body, notice) != null && !kept(body, notice));
    assertWholeArticleKept(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bullet subheading before its paragraph | • Les secours débordés | true",
        "bullet related link after the prose    | » Les secours débordés | false",
      })
  void aLoneBulletBeforeAParagraphIsASubheading(String kind, String bullet, boolean heading) {
    List<String> lines = new ArrayList<>(ARTICLE.subList(0, 2));
    lines.add(bullet);
    lines.addAll(ARTICLE.subList(2, 4));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertEquals(heading, kept(body, bullet), kind);
    assertWholeArticleKept(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "after a related link     | » Le barrage de 1930 | • Les secours débordés | ",
        "before the section photo |                      | • Les secours débordés | Des sauveteurs dans la"
            + " vallée inondée. Crédits photo : AFP",
      })
  void aBulletSubheadingStaysBesideALinkOrItsPicture(
      String kind, String before, String bullet, String picture) {
    List<String> lines = new ArrayList<>(ARTICLE.subList(0, 2));
    if (before != null) {
      lines.add(before);
    }
    lines.add(bullet);
    if (picture != null) {
      lines.add(picture);
    }
    lines.addAll(ARTICLE.subList(2, 4));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertTrue(kept(body, bullet), kind);
    if (before != null) {
      assertEquals("related", reason(raw, body, before), kind);
    }
    assertWholeArticleKept(body);
  }

  @Test
  void aShareBarRightAboveTheAuthorsNoteEndsThePost() {
    // A blog's words about itself read as prose; its place between the share bar and the note
    // about the author tells them from the post.
    List<String> about =
        List.of(
            "Raconter la vallée autrement, loin des communiqués, avec ceux qui y vivent.",
            "Tous les avis sont bienvenus, à condition qu'ils restent courtois et s'appuient sur"
                + " des faits vérifiables.");
    String note = "Paul Martin est journaliste, spécialiste des questions de l'eau.";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.add("Partager cet article /");
    lines.addAll(about);
    lines.add(note);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String line : about) {
      assertTrue(reason(raw, body, line) != null, line);
    }
    assertWholeArticleKept(body);
  }

  @Test
  void aRunOfBulletLinksStaysALinkList() {
    List<String> bullets =
        List.of("• Les crues de 1930 dans la vallée", "• Un barrage sous surveillance");
    List<String> lines = new ArrayList<>(ARTICLE.subList(0, 2));
    lines.addAll(bullets);
    lines.addAll(ARTICLE.subList(2, 4));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String bullet : bullets) {
      assertEquals("related", reason(raw, body, bullet), bullet);
    }
  }

  @Test
  void aLinkInsideTheArticleGoesWithTheTitleOfItsBareLabelAndTheArticleGoesOn() {
    String label = "Lire notre dossier complet";
    String linked = "Les grandes crues du siècle";
    List<String> lines = new ArrayList<>(ARTICLE.subList(0, 2));
    lines.addAll(List.of(label, linked));
    lines.addAll(ARTICLE.subList(2, 4));
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertEquals("link", reason(raw, body, label));
    assertEquals("link", reason(raw, body, linked));
    assertWholeArticleKept(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the article's tools   | Agrandir le texte;Réduire le texte;Imprimer",
        "related links block   | » Les crues de 1930 dans la vallée;» Un barrage sous surveillance;"
            + "» Les assureurs face aux inondations",
        "page's last bulleted pair | » Les crues de 1930 dans la vallée;» Un barrage sous surveillance",
      })
  void aClosingBlockAfterTheArticleEndsIt(String kind, String block) {
    String comment =
        "Le barrage de la vallée aurait dû être réparé depuis longtemps, tout le monde le savait"
            + " dans la vallée et personne n'a rien fait pour le barrage.";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(List.of(block.split(";")));
    lines.add(comment);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertTrue(reason(raw, body, comment) != null, kind + ": a coherent comment below it goes");
    assertWholeArticleKept(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "one related link inside the article | 3 | » Un barrage sous surveillance",
        "tools above the article             | 0 | Agrandir le texte;Réduire le texte",
      })
  void aBlockThatDoesNotFollowTheArticleClosesNothing(String kind, int at, String block) {
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(at, List.of(block.split(";")));
    assertWholeArticleKept(clean(String.join("\n", lines)));
  }

  @Test
  void aBulletedPairInsideALiveReportClosesNothingWhenLaterEntriesEndOnOneLink() {
    List<String> lines = new ArrayList<>(ARTICLE.subList(0, 2));
    lines.addAll(List.of("» Les crues de 1930 dans la vallée", "» Un barrage sous surveillance"));
    lines.add(ARTICLE.get(2));
    lines.add("» Les assureurs face aux inondations");
    lines.add(ARTICLE.get(3));
    lines.add("» Revivez la journée de mardi heure par heure");
    assertWholeArticleKept(clean(String.join("\n", lines)));
  }

  private static void assertWholeArticleKept(ArticleBody body) {
    for (String paragraph : ARTICLE) {
      assertTrue(kept(body, paragraph), paragraph);
    }
  }

  @Test
  void aHeadlineListGoesButItsLastItemBeforeTheLedeIsTheTitle() {
    String title = "La vallée sous les eaux après la rupture";
    List<String> lines = new ArrayList<>();
    lines.add("Rugby : le XV de France s'impose à Cardiff");
    lines.add("Pourquoi les prix de l'énergie flambent-ils ?");
    lines.add("Télétravail : ce que change le nouvel accord");
    lines.add("Dix recettes pour cuisiner les courges de la vallée");
    lines.add("Musique : le retour des vinyles chez les disquaires");
    lines.add(title);
    lines.addAll(ARTICLE);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertEquals(title, body.header().title());
    assertEquals("list", reason(raw, body, "Dix recettes pour cuisiner les courges de la vallée"));
    assertNull(reason(raw, body, ARTICLE.get(0)));
  }
}
