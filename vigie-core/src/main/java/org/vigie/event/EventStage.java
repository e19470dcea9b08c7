package org.vigie.event;

import java.util.List;
import java.util.Set;
import org.vigie.entity.NamedEntities;
import org.vigie.linguistic.Entities;
import org.vigie.linguistic.LinguisticAnalysis;
import org.vigie.model.Entity;
import org.vigie.model.Quote;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.quote.Quotations;
import org.vigie.text.ExtractedText;
import org.vigie.time.TimeExpressions;

/**
 * Stage "events": what happened. Requires the text and its sentences; uses the corrected entities
 * (canonical names, places with coordinates), the time layer (the date governing each trigger, else
 * the publication date, flagged) and the quotes (an event told inside a quote is reported by its
 * speaker) when present. Produces {@link EventMentions}: every event mention with its modality; the
 * article lists the asserted ones in {@code events} and the denied, supposed, planned or demanded
 * ones, marked, in {@code unassertedEvents} (an analyst wants "X denied bombing Y"; no count reads
 * them); implausible figures and the cap on events are diagnostics. Linear in the article's length.
 * Stateless and thread-safe.
 *
 * <p>Example: "Les frappes de drones azéris ont tué 3 soldats de l'Artsakh et en ont blessé 15
 * autres." gives an ASSAULT/drone-strike, killed 3, injured 15, victims "soldats de l'Artsakh".
 */
public final class EventStage implements Stage {
  private final EventExtractor extractor;

  public EventStage(EventExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(ExtractedText.LAYER, LinguisticAnalysis.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(EventMentions.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    String text = document.get(ExtractedText.LAYER).text();
    LinguisticAnalysis analysis = document.get(LinguisticAnalysis.LAYER);
    List<Entity> entities =
        document.has(NamedEntities.LAYER)
            ? document.get(NamedEntities.LAYER).mentions()
            : document.has(Entities.LAYER) ? document.get(Entities.LAYER).mentions() : List.of();
    TimeExpressions time =
        document.has(TimeExpressions.LAYER)
            ? document.get(TimeExpressions.LAYER)
            : TimeExpressions.EMPTY;
    List<Quote> quotes =
        document.has(Quotations.LAYER) ? document.get(Quotations.LAYER).quotes() : List.of();
    EventExtractor.Result result =
        extractor.extract(text, analysis.sentences(), entities, time, quotes);
    return StageOutput.of(EventMentions.LAYER, new EventMentions(result.events()))
        .diagnostics(result.diagnostics());
  }
}
