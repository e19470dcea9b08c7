package org.vigie.store;

import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Cleaning;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.Quote;
import org.vigie.model.QuoteKind;
import org.vigie.model.Source;
import org.vigie.model.Speaker;
import org.vigie.model.SpeakerType;

/** Articles built directly, without the analysis pipeline (fast store tests). */
public final class TestArticles {
  private TestArticles() {}

  public static Article of(
      String id, String outlet, String published, String title, String text, String... persons) {
    List<Entity> entities = new java.util.ArrayList<>();
    for (String p : persons) {
      int at = text.indexOf(p);
      if (at >= 0) {
        entities.add(new Entity(at, at + p.length(), p, EntityType.PERSON, p, null));
      }
    }
    return new Article(
        id,
        new Source("in/" + id + ".txt", null, outlet),
        "fr",
        title,
        null,
        published,
        false,
        null,
        text,
        Cleaning.NONE,
        entities,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(),
        List.of(),
        List.of());
  }

  public static Article withQuote(Article a, String speaker, String said, String eventType) {
    int at = a.text().indexOf(said);
    Quote q =
        new Quote(
            at,
            at + said.length(),
            said,
            QuoteKind.DIRECT,
            null,
            new Speaker(speaker, speaker, SpeakerType.PERSON, 0, 0),
            null);
    Event e =
        new Event(eventType, null, 0, 1, "x", List.of(), List.of(), null, null, null, null, null);
    return with(a, List.of(q), List.of(e));
  }

  /** {@code a} with these events (its quotes kept). */
  public static Article withEvents(Article a, List<Event> events) {
    return with(a, a.quotes(), events);
  }

  private static Article with(Article a, List<Quote> quotes, List<Event> events) {
    return new Article(
            a.id(),
            a.source(),
            a.language(),
            a.title(),
            a.author(),
            a.published(),
            a.publishedInferred(),
            a.dateline(),
            a.text(),
            a.cleaning(),
            a.entities(),
            quotes,
            a.timexes(),
            List.of(),
            List.of(),
            null,
            null,
            a.diagnostics(),
            a.sentences(),
            a.tokens())
        .withEvents(events);
  }

  static final String DISPATCH =
      "Le ministère russe des Affaires étrangères a salué jeudi l'accord de cessez-le-feu conclu"
          + " entre l'Arménie et l'Azerbaïdjan au Haut-Karabakh. Selon Maria Zakharova, les forces"
          + " de maintien de la paix russes se déploieront le long de la ligne de contact et du"
          + " corridor de Latchine dans les prochains jours. Les frappes de drones ont cessé dans la"
          + " nuit, a indiqué le ministère de la Défense à Bakou. Des milliers de réfugiés attendent"
          + " de pouvoir rentrer chez eux avant l'hiver, selon le Comité international de la"
          + " Croix-Rouge, qui demande un accès sans entrave aux zones touchées par les combats.";

  static final String OTHER =
      "Le Premier ministre égyptien a annoncé un plan de relance de l'économie fondé sur les grands"
          + " travaux du canal de Suez et sur le tourisme. Les investisseurs du Golfe ont promis"
          + " plusieurs milliards de dollars, tandis que la banque centrale a laissé ses taux"
          + " inchangés. Au Caire, les commerçants restent sceptiques face à l'inflation.";
}
