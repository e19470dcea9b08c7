package org.vigie.text.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.text.boilerplate.CleaningFixture.clean;
import static org.vigie.text.boilerplate.CleaningFixture.kept;
import static org.vigie.text.boilerplate.CleaningFixture.reason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reader comments without a marker line, and author bios at an article's end. */
class ReaderCommentsTest {
  /** An article of three paragraphs (written for this test). */
  private static final List<String> ARTICLE =
      List.of(
          "Le barrage de Mossoul a été inspecté mardi par une équipe d'ingénieurs italiens, a"
              + " annoncé le ministère irakien des Ressources en eau dans un communiqué.",
          "Selon le ministère, les fissures relevées l'an dernier dans la digue principale n'ont"
              + " pas progressé depuis les travaux d'injection de ciment menés cet hiver.",
          "Les ingénieurs doivent remettre leur rapport au gouvernement avant la fin du mois, a"
              + " précisé le porte-parole du ministère lors d'une conférence de presse.");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "first person and ellipsis     | Je pense que ce barrage ne tiendra pas longtemps...            | true",
        "address and loud punctuation  | Vous croyez vraiment ce que dit ce ministère ??                | true",
        "lower-case start, glued       | encore une fois,personne ne dit la vérité sur ce chantier      | true",
        "the article and its judge     | Cet article est n'importe quoi, rien n'est vérifié             | true",
        "shouting amid lower case      | Et pendant ce temps ON NE DIT RIEN AUX HABITANTS, bravo        | true",
        "sentences glued by the box    | Je ne crois pas ce rapport.Il faut attendre l'été            | true",
        "question glued to its answer  | Qui va payer la digue ?Les habitants, comme toujours...        | true",
        "the reader's doubled stop     | Il faudrait surtout écouter les habitants.. bien sûr           | true",
        "a reply quoting another reader| @Paul Martin\"La digue est solide\"Moi aussi, je le croyais.   | true",
        "news sentence                 | Le ministère a annoncé mardi la fin des travaux sur la digue.  | false",
        "initials and a typeset stop   | Le rapport de la S.N.C.F. sera publié. Il tient en dix pages.  | false",
        "first person quoted           | « Je n'ai jamais vu cela ! », a confié un ingénieur italien.   | false",
        "quoted tweet                  | @ingenieur Je n'ai jamais vu une digue pareille !!             | false",
        "list item of advice           | - Évitez les abords du barrage, vous risquez une amende...     | false",
      })
  void commentShapedLines(String kind, String line, boolean shaped) {
    assertEquals(shaped, ReaderComments.shaped(line, null), kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "after an introduction | Un habitant témoigne :                   | Je pense que la digue va céder, j'ai peur...",
        "after a question      | Craignez-vous une rupture de la digue ?  | Pas du tout. Je vous l'ai dit, ma confiance est totale...",
      })
  void quotationsAndAnswersAreTheArticles(String kind, String previous, String line) {
    assertEquals(false, ReaderComments.shaped(line, previous), kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "journalist and specialist | Paul Martin est journaliste, spécialiste du Moyen-Orient.                 | true",
        "researcher and book       | Chercheuse à l'institut, elle est l'autrice de plusieurs essais sur l'Irak. | true",
        "news about a researcher   | Le ministère a reçu mardi les ingénieurs de la mission.                   | false",
        "quoted researcher         | « Le barrage tiendra », estime un chercheur, spécialiste des digues.      | false",
        "book plug with its title  | Ancien conseiller à l'ambassade, Paul Martin vient de publier « Au bord du fleuve ». | true",
        "footnote and titled works | (*) Philosophe, auteur de « Du barrage » (Seuil) et « La Digue » (Plon). | true",
        "quote before a book       | « Le barrage tiendra », dit Paul Martin, qui vient de publier un livre.   | false",
        "note called by an asterisk | (*) Auteur du livre Le Fleuve et la digue, Seuil.                     | true",
        "works listed past 45 words | (*) Essayiste, auteur de « Une histoire de la digue et du fleuve au siècle dernier » (Presses de la ville), « Le barrage » (Gallimard), « Du fleuve à la mer, essai sur les ports » (Seuil) et « Les eaux montent » (Plon). | true",
        "a post quoting a comment  | Paul a publié sur son blog une photo du barrage et commente « La fin ».   | false",
      })
  void authorBios(String kind, String line, boolean bio) {
    assertEquals(bio, AuthorBios.bio(line), kind);
  }

  @Test
  void commentTailWithoutAMarkerGoesAndTheArticleStays() {
    List<String> comments =
        List.of(
            "Encore un article qui ne dit rien sur les vrais responsables...",
            "je me demande qui va payer tout ça,franchement",
            "Vous croyez vraiment que le rapport sera publié ??");
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(comments);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String comment : comments) {
      assertTrue(reason(raw, body, comment) != null, comment);
    }
    assertEquals("comments", reason(raw, body, comments.get(2)));
    for (String paragraph : ARTICLE) {
      assertTrue(kept(body, paragraph), paragraph);
    }
  }

  @Test
  void aReadersThreadWithoutAMarkerGoesWhateverItsLength() {
    // Twenty thousand lines of discussion under the article, as a blog's scrape keeps them: a
    // quarter comment-shaped, half with a single sign, a quarter plain argument. Too few were
    // comment-shaped for "mostly", so the whole thread stayed and every later stage read it.
    List<String> lines = new ArrayList<>(ARTICLE);
    for (int i = 0; i < 20_000; i++) {
      lines.add(
          switch (i % 4) {
            case 0 -> "Je ne partage pas votre avis sur le point " + i + ", franchement.";
            case 1 -> "Vous oubliez que la situation était déjà tendue en " + i + " au moins.";
            case 2 -> "Les chiffres du chômage sont connus depuis " + i + " rapports officiels.";
            default -> "Mon voisin dit la même chose depuis la réunion " + i + " du conseil.";
          });
    }
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String paragraph : ARTICLE) {
      assertTrue(kept(body, paragraph), paragraph);
    }
    assertEquals(ARTICLE.size(), body.blocks().size());
    assertEquals("comments", reason(raw, body, lines.get(ARTICLE.size() + 10_002)));
  }

  @Test
  void aShortDiscussionInTheFirstPersonIsNoThread() {
    // The same lines, a dozen of them: an article may end on a few lines that address the reader.
    assertTrue(ReaderComments.thread(60, 15, 45, 3));
    assertTrue(!ReaderComments.thread(12, 3, 9, 3));
    assertTrue(!ReaderComments.thread(60, 15, 45, 30));
    assertTrue(!ReaderComments.thread(60, 10, 45, 3));
  }

  @Test
  void commentsAfterALinkEndingInAQuestionGo() {
    String link = "» Le barrage de Mossoul va-t-il céder?";
    List<String> comments =
        List.of(
            "Qui va payer tout ça ?Les habitants, comme toujours...",
            "Je ne crois pas ce rapport.Il faut attendre l'été pour juger.");
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.add(link);
    lines.addAll(comments);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    for (String comment : comments) {
      assertTrue(reason(raw, body, comment) != null, comment);
    }
    for (String paragraph : ARTICLE) {
      assertTrue(kept(body, paragraph), paragraph);
    }
  }

  @Test
  void anInterviewsAnswersStay() {
    String question = "Craignez-vous une rupture de la digue ?";
    String answer =
        "Pas du tout. Je vous l'ai dit, les fissures n'ont pas progressé depuis l'hiver dernier.";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.addAll(List.of(question, answer));
    ArticleBody body = clean(String.join("\n", lines));
    assertTrue(kept(body, answer), answer);
  }

  @Test
  void theBioClosesTheArticle() {
    String bio =
        "Paul Martin est journaliste, spécialiste du Moyen-Orient. Dernier ouvrage : Irak.";
    List<String> lines = new ArrayList<>(ARTICLE);
    lines.add(bio);
    String raw = String.join("\n", lines);
    ArticleBody body = clean(raw);
    assertTrue(reason(raw, body, bio) != null, bio);
    assertTrue(kept(body, ARTICLE.get(2)));
  }

  @Test
  void hostileLinesStayBounded() {
    String line = "je vous !! ... ".repeat(100_000);
    // Hang guards, not speed targets: a quadratic pass over these inputs takes hours, while a
    // loaded two-core machine may take several seconds for the linear one.
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> ReaderComments.shaped(line, null));
    String page = (ARTICLE.get(0) + "\n" + "vous avez tort !!\n".repeat(20_000)).strip();
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> clean(page));
  }
}
