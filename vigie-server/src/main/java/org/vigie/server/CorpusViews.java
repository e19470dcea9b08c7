package org.vigie.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.vigie.entity.CorpusEntity;
import org.vigie.entity.EntityDirectory;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.quote.SpeakerDirectory;
import org.vigie.quote.SpeakerNames;
import org.vigie.quote.Statement;
import org.vigie.store.VigieStore;

/**
 * The corpus-wide views the library builds over every stored article: the entity directory (one
 * entity per spelling group, {@link EntityDirectory}) and the statements with one name per speaker
 * ({@link SpeakerDirectory}). Built on first use and again after each commit the store's reader
 * sees, never per request. Thread-safe: a snapshot is immutable and swapped whole.
 */
final class CorpusViews {
  /** One point-in-time view of the corpus. */
  record Snapshot(IndexReader reader, List<CorpusEntity> entities, List<Statement> statements) {
    Snapshot {
      entities = List.copyOf(entities);
      statements = List.copyOf(statements);
    }
  }

  private final VigieStore store;
  private volatile Snapshot snapshot;

  CorpusViews(VigieStore store) {
    this.store = store;
  }

  Snapshot current() {
    IndexReader reader = store.searcher().getIndexReader();
    Snapshot s = snapshot;
    if (s != null && s.reader() == reader) {
      return s;
    }
    synchronized (this) {
      if (snapshot == null || snapshot.reader() != reader) {
        snapshot = build(reader);
      }
      return snapshot;
    }
  }

  private Snapshot build(IndexReader reader) {
    EntityDirectory entities = new EntityDirectory(List.of());
    SpeakerDirectory speakers = new SpeakerDirectory();
    List<Article> quoting = new ArrayList<>();
    store.forEach(
        a -> {
          if (a.duplicateOf() != null) {
            return; // a syndicated copy says nothing its original does not
          }
          a.entities().forEach(e -> entities.add(a.id(), e));
          if (!a.quotes().isEmpty()) {
            a.quotes().forEach(q -> speakers.add(q.speaker().canonical(), q.speaker().type()));
            quoting.add(a);
          }
        });
    List<Statement> statements = new ArrayList<>();
    for (Article a : quoting) {
      for (Quote q : a.quotes()) {
        statements.add(Statement.of(a, q, speakers));
      }
    }
    statements.sort(
        Comparator.comparing(
                Statement::date, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Statement::article)
            .thenComparingInt(Statement::start));
    return new Snapshot(reader, entities.entities(), statements);
  }

  /** The entity whose canonical name or one of whose spellings has this key (case, accents). */
  Optional<CorpusEntity> entity(String name) {
    String key = SpeakerNames.key(name);
    List<CorpusEntity> all = current().entities();
    for (CorpusEntity e : all) {
      if (SpeakerNames.key(e.canonical()).equals(key)) {
        return Optional.of(e);
      }
    }
    for (CorpusEntity e : all) {
      for (String v : e.variants()) {
        if (SpeakerNames.key(v).equals(key)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a statement's corpus-wide speaker is the one asked for, in any spelling: "lavrov" finds
   * "Sergueï Lavrov", "Pashinyan" finds "Nikol Pashinian" (through the speaker directory's merge).
   */
  static boolean speakerMatches(String name, String wantedKey) {
    if (name == null) {
      return false;
    }
    String key = SpeakerNames.key(name);
    return key.equals(wantedKey) || (" " + key + " ").contains(" " + wantedKey + " ");
  }
}
