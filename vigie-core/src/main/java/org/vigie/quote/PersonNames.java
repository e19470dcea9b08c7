package org.vigie.quote;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.names.SpellingVariants;

/**
 * The fullest form of each person's name in one article, by surname and by first name: "Zakharova"
 * and "Mme Zakharova" are "Maria Zakharova"; "Aton" is "Aton Manos" when no one else bears that
 * first name. A name the article spells another way is the person it first named so ({@link
 * SpellingVariants}): "Smair" after "Samir Oudaya", "Abdel Fattah Younis" after "Abdel Fattah
 * Younes", "Kaddafi" after "Mouammar Kadhafi"; a word alone only when one person's name may be
 * spelt so. One instance per document; not thread-safe; each lookup linear in the names learnt.
 */
final class PersonNames {
  /** Insertion-ordered: the name first learnt with a spelling is the one its variants take. */
  private final Map<String, String> fullestBySurname = new LinkedHashMap<>();

  private final Map<String, String> fullestByFirstName = new HashMap<>();

  /** A first name and surname spelt as another person's first learnt ("Abdel Fattah Younis"). */
  private final Map<String, String> respelt = new HashMap<>();

  /** Learns a name as written ("Bachar el-Assad"), keeping the fullest form of each surname. */
  void learn(String clean) {
    String[] parts = clean.split("\\s+");
    String surname = SpeakerNames.surnameKey(clean);
    if (parts.length >= 2) {
      String earlier = sameFirstNameRespelt(SpeakerNames.key(parts[0]), surname);
      if (earlier != null) {
        respelt.putIfAbsent(SpeakerNames.key(clean), earlier);
        return;
      }
      // a first name borne by two people names neither: the empty string marks it ambiguous
      fullestByFirstName.merge(
          SpeakerNames.key(parts[0]),
          clean,
          (a, b) ->
              SpeakerNames.surnameKey(a).equals(SpeakerNames.surnameKey(b))
                  ? words(b) > words(a) ? b : a
                  : "");
    }
    String known = fullestBySurname.get(surname);
    if (known == null || words(clean) > words(known)) {
      fullestBySurname.put(surname, clean);
    }
  }

  /**
   * The fullest form of a person's name in the article. A surname alone takes the full name; a
   * first name and surname keep their own unless the fuller form ends with them ("Djoumana Seïf" is
   * not "Riad Seïf").
   */
  String full(String name) {
    String variant = respelt.get(SpeakerNames.key(name));
    if (variant != null) {
      return fullestBySurname.getOrDefault(SpeakerNames.surnameKey(variant), variant);
    }
    String surname = SpeakerNames.surnameKey(name);
    String fullest = fullestBySurname.get(surname);
    if (words(name) == 1 && !namedInFull(surname)) {
      String variantFullest = onlyOneSpeltSo(surname, true);
      fullest = variantFullest != null ? variantFullest : fullest;
    }
    if (fullest == null
        || words(name) > 1 && !SpeakerNames.key(fullest).endsWith(SpeakerNames.key(name))) {
      return name;
    }
    return fullest;
  }

  /**
   * The one person bearing this first name ("Aton" → "Aton Manos"), or writing it with two letters
   * swapped ("Smair" → "Samir Oudaya") when no one bears it as written; or null.
   */
  String byFirstName(String firstName) {
    String key = SpeakerNames.key(firstName);
    String byFirst = fullestByFirstName.get(key);
    if (byFirst == null && !namedInFull(key)) {
      byFirst = onlyOneSpeltSo(key, false);
    }
    return byFirst == null || byFirst.isEmpty() ? null : byFirst;
  }

  /** Whether a person of this name was named in the article ("Assad" after "Bachar el-Assad"). */
  boolean knows(String name) {
    String fullest = fullestBySurname.get(SpeakerNames.surnameKey(name));
    return fullest != null && SpeakerNames.key(fullest).endsWith(SpeakerNames.key(name));
  }

  /** Whether someone has this surname with a first name ("Oudaya" after "Samir Oudaya"). */
  private boolean namedInFull(String surnameKey) {
    String fullest = fullestBySurname.get(surnameKey);
    return fullest != null && words(fullest) >= 2;
  }

  /**
   * The fullest name of the one person whose surname is a spelling of {@code key}, or whose first
   * name it is with two letters swapped (another letter makes another first name: "Mohammad" the
   * street vendor is not "Mohamed Morsi"); null when none is or two people are.
   */
  private String onlyOneSpeltSo(String key, boolean surname) {
    String found = null;
    Map<String, String> byKey = surname ? fullestBySurname : fullestByFirstName;
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      boolean spelt =
          surname
              ? SpellingVariants.variants(key, e.getKey())
              : SpellingVariants.swapped(key, e.getKey());
      if (e.getValue().isEmpty() || words(e.getValue()) < 2 || !spelt) {
        continue;
      }
      if (found != null && !found.equals(e.getValue())) {
        return null;
      }
      found = e.getValue();
    }
    return found;
  }

  /**
   * The name learnt first with this first name and a surname spelt another way ("Abdel Fattah
   * Younes" before "Abdel Fattah Younis"), or null.
   */
  private String sameFirstNameRespelt(String firstName, String surname) {
    if (fullestBySurname.containsKey(surname)) {
      return null;
    }
    for (Map.Entry<String, String> e : fullestBySurname.entrySet()) {
      String other = e.getValue();
      if (SpellingVariants.variants(surname, e.getKey())
          && words(other) >= 2
          && SpeakerNames.key(other.split("\\s+")[0]).equals(firstName)) {
        return other;
      }
    }
    return null;
  }

  static int words(String s) {
    return s.split("\\s+").length;
  }
}
