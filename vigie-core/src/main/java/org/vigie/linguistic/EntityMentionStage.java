package org.vigie.linguistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.ExtractedText;

/**
 * Stage "entities": named entity mentions from the backend's per-word NER labels. Requires the text
 * and the linguistic layer; produces {@link Entities}. Consecutive words of one sentence with the
 * same label form one mention; the words of a split contraction share a span and count once. Labels
 * in both the WikiNER style ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC}) and the
 * CoNLL/OntoNotes style ({@code PERSON}, {@code B-ORG}...) are understood. Correcting the backend's
 * mistakes is a later stage's job. Stateless and thread-safe.
 *
 * <p>Example: "la porte-parole Maria Zakharova" with "Maria" and "Zakharova" labelled {@code PER}
 * gives one PERSON mention "Maria Zakharova".
 */
public final class EntityMentionStage implements Stage {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(ExtractedText.LAYER, LinguisticAnalysis.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Entities.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    String text = document.get(ExtractedText.LAYER).text();
    LinguisticAnalysis analysis = document.get(LinguisticAnalysis.LAYER);
    List<Entity> mentions = new ArrayList<>();
    for (Sentence sentence : analysis.sentences()) {
      EntityType open = null;
      int start = -1;
      int end = -1;
      for (Token token : analysis.tokensOf(sentence)) {
        EntityType type = typeOf(token.ner());
        boolean continues =
            type != null && type == open && !isBegin(token.ner()) || token.start() < end;
        if (continues) {
          end = Math.max(end, token.end());
          continue;
        }
        if (open != null) {
          mentions.add(mention(text, start, end, open));
        }
        open = type;
        start = token.start();
        end = token.end();
      }
      if (open != null) {
        mentions.add(mention(text, start, end, open));
      }
    }
    return StageOutput.of(Entities.LAYER, new Entities(mentions));
  }

  private static Entity mention(String text, int start, int end, EntityType type) {
    String surface = text.substring(start, end);
    return new Entity(start, end, surface, type, surface, null);
  }

  private static boolean isBegin(String label) {
    return label != null && label.startsWith("B-");
  }

  /** The entity type of a backend label, or {@code null} for "outside" and unknown labels. */
  public static EntityType typeOf(String label) {
    if (label == null) {
      return null;
    }
    String bare = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
    return switch (bare.toUpperCase(Locale.ROOT)) {
      case "PER", "PERSON" -> EntityType.PERSON;
      case "ORG", "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOC", "LOCATION", "GPE" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default -> null;
    };
  }
}
