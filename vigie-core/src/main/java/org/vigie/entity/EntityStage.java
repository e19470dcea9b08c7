package org.vigie.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.entity.NamePhrase.Kind;
import org.vigie.geo.Gazetteer;
import org.vigie.lexicon.Lexicon;
import org.vigie.linguistic.Entities;
import org.vigie.linguistic.LinguisticAnalysis;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Sentence;
import org.vigie.pipeline.Document;
import org.vigie.pipeline.Layer;
import org.vigie.pipeline.Stage;
import org.vigie.pipeline.StageOutput;
import org.vigie.text.ExtractedText;

/**
 * Stage "named-entities": the backend's raw mentions corrected sentence by sentence ({@link
 * NamePhrases}, {@link MentionCorrector}), roles attached to the persons they introduce, then one
 * canonical name per entity in the article and places geocoded in its context ({@link
 * ArticleEntities}). Works without a gazetteer (no country names known, no coordinates). Stateless
 * and thread-safe.
 */
public final class EntityStage implements Stage {
  private final EntityLexicon lexicon;
  private final NamePhrases phrases;
  private final MentionCorrector corrector;
  private final ArticleEntities article;

  /** {@code gazetteer} may be {@code null}: then places stay without coordinates. */
  public EntityStage(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = new EntityLexicon(lexicon, gazetteer);
    this.phrases = new NamePhrases(this.lexicon);
    this.corrector = new MentionCorrector(this.lexicon);
    this.article = new ArticleEntities(gazetteer);
  }

  @Override
  public String name() {
    return "named-entities";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(ExtractedText.LAYER, LinguisticAnalysis.LAYER, Entities.LAYER);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(NamedEntities.LAYER);
  }

  @Override
  public StageOutput process(Document document) {
    String text = document.get(ExtractedText.LAYER).text();
    LinguisticAnalysis analysis = document.get(LinguisticAnalysis.LAYER);
    List<Entity> raw = document.get(Entities.LAYER).mentions();
    List<Entity> corrected = new ArrayList<>();
    List<Word> allWords = new ArrayList<>();
    int next = 0;
    for (Sentence sentence : analysis.sentences()) {
      List<Word> words = Word.of(text, analysis.tokensOf(sentence));
      if (words.isEmpty()) {
        continue;
      }
      int end = words.get(words.size() - 1).end();
      List<Entity> inSentence = new ArrayList<>();
      while (next < raw.size() && raw.get(next).start() < end) {
        inSentence.add(raw.get(next++));
      }
      List<NamePhrase> found = phrases.find(words);
      corrected.addAll(
          withRoles(text, words, found, corrector.correct(text, words, found, inSentence)));
      allWords.addAll(words);
    }
    return StageOutput.of(
        NamedEntities.LAYER, new NamedEntities(article.resolve(corrected, allWords)));
  }

  /**
   * A role right before a person ("le Premier ministre arménien Nikol Pashinian", "la porte-parole
   * du ministère…, Maria Zakharova") or in apposition after it ("Maria Zakharova, porte-parole
   * de…") becomes the person's role; its country is the person's.
   */
  private static List<Entity> withRoles(
      String text, List<Word> words, List<NamePhrase> found, List<Entity> mentions) {
    List<Entity> out = new ArrayList<>(mentions.size());
    for (Entity m : mentions) {
      NamePhrase role = m.type() == EntityType.PERSON ? roleOf(text, words, found, m) : null;
      if (role == null) {
        out.add(m);
        continue;
      }
      String roleText =
          text.substring(words.get(role.from()).start(), words.get(role.to() - 1).end());
      out.add(
          new Entity(
              m.start(),
              m.end(),
              m.text(),
              m.type(),
              m.canonical(),
              m.geo(),
              roleText,
              role.country(),
              m.actor(),
              m.unresolved()));
    }
    return out;
  }

  private static NamePhrase roleOf(
      String text, List<Word> words, List<NamePhrase> found, Entity m) {
    for (NamePhrase p : found) {
      if (p.kind() != Kind.ROLE) {
        continue;
      }
      int from = words.get(p.from()).start();
      int to = words.get(p.to() - 1).end();
      // Only a short gap ("", ", ", " M. ") can separate a role from its person.
      if (to <= m.start()
          && m.start() - to <= 8
          && text.substring(to, m.start()).matches("[\\s,]*(?:M\\.|Mme)?\\s*")) {
        return p;
      }
      if (from >= m.end()
          && from - m.end() <= 4
          && text.substring(m.end(), from).matches("\\s*,\\s*")) {
        return p;
      }
    }
    return null;
  }
}
