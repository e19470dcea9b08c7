package org.vigie.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.model.SpeakerType;

/**
 * Finds the person a role phrase designates among those introduced with a role: the same role, or
 * the most words in common, the roles read through their other names ({@link RoleWords}: "le chef
 * de l'État" is the president) and never across a distinction ("le Premier ministre" is not "le
 * ministre des Affaires étrangères"). Immutable; thread-safe.
 */
final class RoleMatcher {
  private static final Map<String, List<String>> ROLE_SYNONYMS =
      Map.of(
          "diplomatie", List.of("affaires", "étrangères"),
          "chef", List.of("ministre"),
          "ministère", List.of("ministre"));

  /**
   * Heads of a role held on behalf of someone else: "la porte-parole du ministère des Affaires
   * étrangères" speaks for the ministry and is never its minister, whatever words they share; "le
   * représentant du ministère" may be the spokeswoman introduced before.
   */
  private static final Set<String> DELEGATE_HEADS =
      Set.of(
          "porte-parole",
          "conseiller",
          "conseillère",
          "envoyé",
          "envoyée",
          "représentant",
          "représentante",
          "adjoint",
          "adjointe");

  /** A prepositional complement in a role phrase: "ministre de l'Intérieur", "chef du parti". */
  private static final Pattern COMPLEMENT =
      Pattern.compile(
          "\\b(?:(?:de|du|des)\\b|d['’])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final SpeechLexicon lexicon;
  private final RoleWords roles = RoleWords.standard();

  RoleMatcher(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The person introduced with the role of {@code p} before {@code offset}, or null. */
  Referent introducedAs(SpeakerPhrase p, int offset, List<Referent> referents) {
    return introducedAs(p, offset, referents, false);
  }

  /**
   * The person introduced later with every word of the role ("le président syrien" → "le président
   * syrien Bachar el-Assad"; never "le président américain Barack Obama"), or null.
   */
  Referent introducedLaterAs(SpeakerPhrase p, List<Referent> introductions) {
    return introducedAs(p, Integer.MAX_VALUE, introductions, true);
  }

  private Referent introducedAs(
      SpeakerPhrase p, int offset, List<Referent> referents, boolean everyWord) {
    List<String> mine = roles.normalised(p.words());
    String myHead = roles.head(p.head(), p.words(), mine);
    boolean renamed = !mine.equals(p.words());
    Referent best = null;
    int bestScore = 2;
    for (Referent r : referents) {
      if (r.offset() > offset || r.type() != SpeakerType.PERSON || !r.named()) {
        continue;
      }
      List<String> theirWords = roles.normalised(new ArrayList<>(r.words()));
      if (!roles.sameKind(mine, theirWords)) {
        continue;
      }
      if (renamed && !onlyAdjectivesBeyond(theirWords, expanded(new HashSet<>(mine)))) {
        continue; // "le chef de l'État" is a head of state, not the "président de l'OSDH"
      }
      if (qualifiedOtherwise(mine, theirWords, myHead)) {
        continue; // "le président vénézuélien" is not the "président mauritanien"
      }
      Set<String> theirs = expanded(new HashSet<>(theirWords));
      int score = 0;
      boolean complementFits = true;
      for (String w : mine) {
        boolean shared = theirs.contains(w) || anySynonymIn(w, theirs);
        score += shared ? 1 : 0;
        // "ministre britannique de la Défense" is not the "Premier ministre britannique"; an
        // adjective may be added or left out ("le président syrien", "le président")
        complementFits &= shared || !everyWord && (w.equals(myHead) || lexicon.adjective(w));
      }
      String theirHead = roles.head(r.head(), new ArrayList<>(r.words()), theirWords);
      if (myHead != null && myHead.equals(theirHead)) {
        score += 2;
      } else if (myHead != null && theirHead != null && theirWords.contains(myHead)) {
        continue; // "le Premier ministre" is not the "porte-parole du Premier ministre"
      } else if (delegate(myHead) && !delegate(theirHead)) {
        continue; // "le porte-parole du ministère" is not the minister; its "représentant" may be
      }
      if (complementFits && score >= bestScore) { // ties go to the latest
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether a role says no more than its function, read through its other names: a head, its
   * distinctions and adjectives ("le chef de l'État", "le Premier ministre", "le président
   * syrien"), not a complement that names whose role it is ("le ministre de la Défense").
   */
  boolean bare(SpeakerPhrase p) {
    List<String> mine = roles.normalised(p.words());
    String myHead = roles.head(p.head(), p.words(), mine);
    // "de l'Intérieur" is a complement even though "intérieur" is also an adjective; "de l'État"
    // in "le chef de l'État" was read into the role's other name
    boolean renamed = !mine.equals(p.words());
    if (myHead == null || !renamed && COMPLEMENT.matcher(p.text()).find()) {
      return false;
    }
    List<String> headWords = List.of(myHead.split(" ")); // "premier ministre"
    for (String w : mine) {
      if (!headWords.contains(w) && !roles.distinctive(w) && !lexicon.adjective(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a role says more than its noun ("le président syrien", "le ministre de la Défense", not
   * "le ministre"): specific enough to find a person introduced with it further down.
   */
  boolean specific(SpeakerPhrase p) {
    List<String> mine = roles.normalised(p.words());
    String myHead = roles.head(p.head(), p.words(), mine);
    List<String> headWords = myHead == null ? List.of() : List.of(myHead.split(" "));
    for (String w : mine) {
      if (!headWords.contains(w) && !roles.distinctive(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two roles each carry an adjective the other lacks ("vénézuélien", "mauritanien"): the
   * same function in two countries or bodies. Adjectives are compared without their gender and
   * number ("syrien", "syrienne").
   */
  private boolean qualifiedOtherwise(List<String> mine, List<String> theirs, String myHead) {
    Set<String> myAdjectives = adjectives(mine, myHead);
    Set<String> theirAdjectives = adjectives(theirs, myHead);
    Set<String> onlyMine = new HashSet<>(myAdjectives);
    onlyMine.removeAll(theirAdjectives);
    theirAdjectives.removeAll(myAdjectives);
    return !onlyMine.isEmpty() && !theirAdjectives.isEmpty();
  }

  private Set<String> adjectives(List<String> words, String head) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (!w.equals(head) && !roles.distinctive(w) && lexicon.adjective(w)) {
        out.add(w.replaceAll("s$", "").replaceAll("e$", "").replaceAll("nn$", "n"));
      }
    }
    return out;
  }

  /** Whether every word of a role is among {@code words} or an adjective ("russe", "syrien"). */
  private boolean onlyAdjectivesBeyond(List<String> role, Set<String> words) {
    for (String w : role) {
      if (!words.contains(w) && !lexicon.adjective(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean delegate(String head) {
    return head != null && DELEGATE_HEADS.contains(head);
  }

  private static Set<String> expanded(Set<String> words) {
    Set<String> all = new HashSet<>(words);
    for (String w : words) {
      all.addAll(ROLE_SYNONYMS.getOrDefault(w, List.of()));
    }
    return all;
  }

  private static boolean anySynonymIn(String word, Set<String> words) {
    for (String synonym : ROLE_SYNONYMS.getOrDefault(word, List.of())) {
      if (words.contains(synonym)) {
        return true;
      }
    }
    return false;
  }
}
