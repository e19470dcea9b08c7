package org.vigie.quote;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys that let spellings of one name meet: accents, case, apostrophes and the usual French and
 * English transliterations of Slavic and Caucasian names fold to one form, so "Pashinian" and
 * "Pashinyan", "Sergueï" and "Sergei", "Zakharova" and "Zaharova" share a key. Used to pick one
 * canonical name within an article and across a corpus. Stateless.
 */
public final class SpeakerNames {
  private SpeakerNames() {}

  /** The folded key of a whole name or phrase ("Ministère russe des Affaires étrangères"). */
  public static String key(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replaceAll("^(le |la |les |l'|un |une )", "")
            .replaceAll("[^a-z0-9' ]+", " ")
            .strip()
            .replaceAll(" +", " ");
    return transliterate(folded);
  }

  /** The key of a name's last word: how a surname alone ("Lavrov") finds its full name. */
  public static String surnameKey(String name) {
    String key = key(name);
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  private static String transliterate(String s) {
    return s.replace("gue", "ge")
        .replace("gui", "gi")
        .replace("kh", "h")
        .replace("gh", "h")
        .replace("dh", "d")
        .replace("dj", "j")
        .replace("dzh", "j")
        .replace("tch", "ch")
        .replace("sch", "ch")
        .replace("ou", "u")
        .replace("ye", "e")
        .replace("yi", "i")
        .replace("iy", "i")
        .replace("ei", "e")
        .replace("ey", "e")
        .replace("ia", "ya")
        .replace('y', 'i')
        .replaceAll("([a-z])\\1", "$1");
  }
}
