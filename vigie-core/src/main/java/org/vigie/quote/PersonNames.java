package org.vigie.quote;

import java.util.HashMap;
import java.util.Map;

/**
 * The fullest form of each person's name in one article, by surname and by first name: "Zakharova"
 * and "Mme Zakharova" are "Maria Zakharova"; "Aton" is "Aton Manos" when no one else bears that
 * first name. One instance per document; not thread-safe; linear in the names learnt.
 */
final class PersonNames {
  private final Map<String, String> fullestBySurname = new HashMap<>();
  private final Map<String, String> fullestByFirstName = new HashMap<>();

  /** Learns a name as written ("Bachar el-Assad"), keeping the fullest form of each surname. */
  void learn(String clean) {
    String[] parts = clean.split("\\s+");
    if (parts.length >= 2) {
      // a first name borne by two people names neither: the empty string marks it ambiguous
      fullestByFirstName.merge(
          SpeakerNames.key(parts[0]),
          clean,
          (a, b) ->
              SpeakerNames.surnameKey(a).equals(SpeakerNames.surnameKey(b))
                  ? words(b) > words(a) ? b : a
                  : "");
    }
    String surname = SpeakerNames.surnameKey(clean);
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
    String fullest = fullestBySurname.get(SpeakerNames.surnameKey(name));
    if (fullest == null
        || words(name) > 1 && !SpeakerNames.key(fullest).endsWith(SpeakerNames.key(name))) {
      return name;
    }
    return fullest;
  }

  /** The one person bearing this first name ("Aton" → "Aton Manos"), or null. */
  String byFirstName(String firstName) {
    String byFirst = fullestByFirstName.get(SpeakerNames.key(firstName));
    return byFirst == null || byFirst.isEmpty() ? null : byFirst;
  }

  /** Whether a person of this name was named in the article ("Assad" after "Bachar el-Assad"). */
  boolean knows(String name) {
    String fullest = fullestBySurname.get(SpeakerNames.surnameKey(name));
    return fullest != null && SpeakerNames.key(fullest).endsWith(SpeakerNames.key(name));
  }

  static int words(String s) {
    return s.split("\\s+").length;
  }
}
