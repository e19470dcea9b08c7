package org.vigie.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.store.search.NameKeyTerms;

/**
 * A speaker's statements among articles ({@link VigieStore#statements}): the quotes whose speaker's
 * canonical name is the one asked for, case and accents aside, or answers it as a name key ("Assad"
 * for "Bachar al-Assad"); the same words from several articles (a dispatch syndicated by ten
 * outlets) are listed once, from the first article. Stateless.
 */
final class SpeakerStatements {
  private SpeakerStatements() {}

  /** The statements of {@code speaker} in {@code articles}, in the articles' order. */
  static List<VigieStore.Statement> of(String speaker, List<Article> articles) {
    String key = Keys.fold(speaker);
    List<VigieStore.Statement> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Article a : articles) {
      for (Quote q : a.quotes()) {
        if (q.speaker() != null
            && q.speaker().canonical() != null
            && (Keys.fold(q.speaker().canonical()).equals(key)
                || NameKeyTerms.answers(q.speaker().canonical(), speaker))
            && seen.add(Keys.fold(q.text()))) {
          out.add(new VigieStore.Statement(a, q));
        }
      }
    }
    return out;
  }
}
