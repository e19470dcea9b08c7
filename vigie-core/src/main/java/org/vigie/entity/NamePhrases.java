package org.vigie.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.entity.NamePhrase.Kind;
import org.vigie.geo.Place;

/**
 * Finds institution names and person roles by their head noun, the way French writes them: head,
 * country adjectives, then complements "de/du/des/pour la…" whose content words are capitalised
 * ("ministère russe des Affaires étrangères", "Groupe de Minsk de l'OSCE", "Premier ministre
 * arménien"). A capitalised head may take one lower-case complement ("Conseil de sécurité"). A
 * country complement ends the phrase ("… de l'Arménie et de l'Azerbaïdjan" keeps one country). A
 * role runs through the institution it belongs to ("porte-parole du ministère …") and stops at the
 * person it introduces. Stateless apart from its lexicon.
 */
final class NamePhrases {
  private static final Set<String> LINKS =
      Set.of(
          "de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "les", "pour", "en", "aux", "au");
  private static final int MAX_WORDS = 12;

  private final EntityLexicon lexicon;

  NamePhrases(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<NamePhrase> find(List<Word> words) {
    List<NamePhrase> phrases = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word word = words.get(i);
      NamePhrase phrase = null;
      if (premier(words, i)) {
        phrase = extend(words, i, i + 2, Kind.ROLE);
      } else if (lexicon.roleHead(word)) {
        phrase = extend(words, i, headEnd(words, i), Kind.ROLE);
      } else if (lexicon.institutionHead(word)
          && !word.person()
          && (word.capitalised() || i == 0 || !"NOUN".equals(words.get(i - 1).pos()))) {
        // "les forces armées", not "les formations armées": a head modifies no noun before it.
        phrase = extend(words, i, i + 1, Kind.INSTITUTION);
      }
      if (phrase != null) {
        phrases.add(phrase);
        // An institution inside a role is found on its own as well.
        i = phrase.kind() == Kind.ROLE ? i + 1 : phrase.to();
      } else {
        i++;
      }
    }
    return phrases;
  }

  /** "Premier ministre", "vice-Première ministre": one head of two words. */
  private boolean premier(List<Word> words, int i) {
    String lower = words.get(i).lower();
    return (lower.endsWith("premier") || lower.endsWith("première"))
        && i + 1 < words.size()
        && lexicon.roleHead(words.get(i + 1));
  }

  /** "secrétaire d'État": one head of three words. */
  private static int headEnd(List<Word> words, int i) {
    String lower = words.get(i).lower();
    if (lower.startsWith("secrétaire")
        && i + 2 < words.size()
        && words.get(i + 1).lower().matches("d['’]")
        && words.get(i + 2).lower().startsWith("état")) {
      return i + 3;
    }
    return i + 1;
  }

  private NamePhrase extend(List<Word> words, int head, int from, Kind kind) {
    boolean capitalHead = words.get(head).capitalised() && head > 0;
    String country = null;
    boolean countryComplement = false;
    boolean named = false;
    boolean afterLink = false;
    boolean lowerComplementTaken = false;
    boolean capitalSeen = false;
    boolean ministry = kind == Kind.INSTITUTION && words.get(head).lower().startsWith("minist");
    int last = from;
    int i = from;
    while (i < words.size() && i - head < MAX_WORDS) {
      Word w = words.get(i);
      if (w.punctuation()) {
        break;
      }
      String lower = w.lower();
      Optional<String> adjective = lexicon.countryAdjective(w);
      if (adjective.isPresent() && (last == i || afterLink)) {
        country = country == null ? adjective.get() : country;
        named = true;
        last = ++i;
        afterLink = false;
        continue;
      }
      if (LINKS.contains(lower)) {
        afterLink = true;
        i++;
        continue;
      }
      if (lower.equals("et")) {
        if (countryComplement || !capitalHead || !continuesAName(words, i + 1)) {
          break;
        }
        i++;
        continue;
      }
      if (kind == Kind.ROLE && afterLink && !w.capitalised() && lexicon.institutionHead(w)) {
        last = ++i;
        afterLink = false;
        continue;
      }
      if (w.capitalised()) {
        if (lexicon.roleHead(w) || w.person()) {
          break;
        }
        if (kind == Kind.INSTITUTION && lexicon.institutionHead(w) && afterLink && !named) {
          break;
        }
        Optional<Place> place = lexicon.area(w.text());
        if (place.isPresent() && afterLink) {
          country = country == null ? place.get().country() : country;
          countryComplement = true;
        }
        named = true;
        capitalSeen = true;
        last = ++i;
        afterLink = false;
        continue;
      }
      boolean adjectiveAfterName = "ADJ".equals(w.pos()) && last == i;
      // "Conseil de sécurité"; a ministry's portfolio is often written in lower case
      // ("ministère russe de la défense").
      boolean lowerComplement =
          (capitalHead && !named || ministry && !capitalSeen)
              && afterLink
              && !lowerComplementTaken
              && "NOUN".equals(w.pos());
      if (adjectiveAfterName || lowerComplement) {
        lowerComplementTaken |= lowerComplement;
        // "Assemblée générale", "Union européenne": a capitalised head and its adjective name one.
        named |= lowerComplement || capitalHead && adjectiveAfterName && i == head + 1;
        last = ++i;
        afterLink = false;
        continue;
      }
      break;
    }
    // A head alone ("le Comité", "Service") names nothing a reader could look up.
    if (kind == Kind.INSTITUTION && !named) {
      return null;
    }
    return new NamePhrase(head, last, kind, country);
  }

  /** After "et": more of the same name ("… pour la sécurité et la coopération en Europe"). */
  private boolean continuesAName(List<Word> words, int i) {
    while (i < words.size() && LINKS.contains(words.get(i).lower())) {
      i++;
    }
    if (i >= words.size()) {
      return false;
    }
    Word next = words.get(i);
    return !next.punctuation()
        && !lexicon.roleHead(next)
        && !lexicon.institutionHead(next)
        && lexicon.area(next.text()).isEmpty();
  }
}
