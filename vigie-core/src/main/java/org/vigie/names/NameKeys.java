package org.vigie.names;

import java.text.Normalizer;

/**
 * Keys that let spellings of one name meet: accents, case, apostrophes, hyphens, a leading article
 * and the usual French and English transliterations of Slavic and Caucasian names fold to one form,
 * so "Pashinian" and "Pashinyan", "Sergueï" and "Sergei", "Karabakh", "Karabagh" and "Karabakgh",
 * "Lachin" and "Latchine" share a key. The gazetteer is indexed by these keys and looks up millions
 * of names a second, so folding is one pass over the characters plus literal replacements: no
 * regular expressions. Stateless.
 */
public final class NameKeys {
  /** Literal rewrites applied in order; "gh" before "kh" so that "kgh" folds like "kh". */
  private static final String[][] TRANSLITERATIONS = {
    {"gue", "ge"},
    {"gui", "gi"},
    {"gh", "h"},
    {"kh", "h"},
    {"dh", "d"},
    {"dzh", "j"},
    {"dj", "j"},
    {"tch", "ch"},
    {"sch", "ch"},
    {"sh", "ch"},
    {"ou", "u"},
    {"ye", "e"},
    {"yi", "i"},
    {"iy", "i"},
    {"ei", "e"},
    {"ey", "e"},
    {"ia", "ya"},
  };

  private NameKeys() {}

  /** The folded key of a whole name or phrase ("Ministère russe des Affaires étrangères"). */
  public static String key(String name) {
    // Apostrophes inside names are transliteration marks ("Kel'badzhar"), not letters.
    String folded = withoutArticle(fold(name)).replace("'", "");
    for (String[] rule : TRANSLITERATIONS) {
      if (folded.contains(rule[0])) {
        folded = folded.replace(rule[0], rule[1]);
      }
    }
    return finish(folded.replace('y', 'i'));
  }

  /** The key of a name's last word: how a surname alone ("Lavrov") finds its full name. */
  public static String surnameKey(String name) {
    String key = key(name);
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  /**
   * Lower case without accents, apostrophes as ', every other non-alphanumeric run as one space,
   * trimmed: "l’Azerbaïdjan" → "l'azerbaidjan", "Haut-Karabakh" → "haut karabakh".
   */
  public static String fold(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      String base = baseOf(c);
      for (int j = 0; j < base.length(); j++) {
        char b = base.charAt(j);
        if (b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '\'' || b >= 128) {
          out.append(b);
          space = false;
        } else if (!space) {
          out.append(' ');
          space = true;
        }
      }
    }
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) == ' ') {
      out.setLength(length - 1);
    }
    return out.toString();
  }

  /** The lower-case letters of one character without its accents ("É" → "e", "œ" → "oe"). */
  private static String baseOf(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : String.valueOf(c);
    }
    switch (c) {
      case '’':
      case '‘':
        return "'";
      case 'œ':
      case 'Œ':
        return "oe";
      case 'æ':
      case 'Æ':
        return "ae";
      case 'ß':
        return "ss";
      case 'ø':
      case 'Ø':
        return "o";
      case 'ł':
      case 'Ł':
        return "l";
      case 'đ':
      case 'Đ':
        return "d";
      case 'ı':
        return "i";
      default:
        break;
    }
    if (Character.getType(c) == Character.MODIFIER_LETTER) {
      return ""; // ʻ ʿ ʾ of transliterations: "Kʻelbajar" is "Kelbajar"
    }
    if (!Character.isLetterOrDigit(c)) {
      return " ";
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder(1);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        base.append(Character.toLowerCase(d));
      }
    }
    // A letter outside the Latin alphabet (Cyrillic, Arabic...) stays itself: a key of its own.
    return base.toString();
  }

  private static String withoutArticle(String folded) {
    for (String article : new String[] {"le ", "la ", "les ", "l'", "d'", "un ", "une "}) {
      if (folded.startsWith(article) && folded.length() > article.length()) {
        return folded.substring(article.length());
      }
    }
    return folded;
  }

  /** Doubled letters once ("Zakharova" = "Zaharova" after "kh"), "-ine" as "-in" at word end. */
  private static String finish(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && c == s.charAt(i - 1) && Character.isLetter(c)) {
        continue;
      }
      boolean wordEnd = i + 1 == s.length() || s.charAt(i + 1) == ' ';
      if (c == 'e' && wordEnd && i >= 2 && s.charAt(i - 1) == 'n' && s.charAt(i - 2) == 'i') {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
