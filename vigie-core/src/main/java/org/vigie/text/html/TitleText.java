package org.vigie.text.html;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Titles as pages write them, cleaned of the site name they carry ("Titre - Le Monde", "Le Monde |
 * Titre", "Titre | DW | 23.05.2011"): a part is cut when it names the site (its {@code
 * og:site_name} or its domain) or is a date; when nothing names the site, a short last part after "
 * | " is cut too, as pipes almost always separate the site. Stateless.
 */
final class TitleText {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|•|»|::|/)\\s+");
  private static final Pattern DATE_LIKE =
      Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}(?:er)? \\p{L}+ \\d{4}");

  private TitleText() {}

  /** A form for comparing titles: typography, case and white space do not count. */
  static String comparable(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (c == '’' || c == '‘' || c == 'ʼ' || c == '´' || c == '`') {
        c = '\'';
      } else if (c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
        c = '"';
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Letters and digits only, without accents: "Le Monde.fr" and "lemonde" squash alike. */
  static String squash(String text) {
    String s =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  /** The names a site goes by, squashed: its declared name and its domain's main label. */
  static List<String> siteKeys(String outlet, String url) {
    List<String> keys = new ArrayList<>();
    if (outlet != null && !squash(outlet).isEmpty()) {
      keys.add(squash(outlet));
    }
    String host = host(url);
    if (host != null) {
      String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
      int main = labels.length >= 2 ? labels.length - 2 : 0;
      // "co.uk"-style suffixes put the name one label further left.
      if (labels.length >= 3 && labels[main].length() <= 3 && labels[main].matches("co|com|gouv")) {
        main--;
      }
      String label = squash(labels[main]);
      if (label.length() >= 2) {
        keys.add(label);
      }
    }
    return keys;
  }

  private static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      return host == null || host.isEmpty() ? null : host;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** The title without site name and date parts. */
  static String stripSite(String title, List<String> siteKeys) {
    if (title == null) {
      return null;
    }
    String stripped = title.strip();
    List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(stripped, 8)));
    if (parts.size() < 2) {
      return stripped;
    }
    boolean cut = false;
    while (parts.size() > 1 && isSiteOrDate(parts.get(parts.size() - 1), siteKeys)) {
      parts.remove(parts.size() - 1);
      cut = true;
    }
    while (parts.size() > 1 && isSiteOrDate(parts.get(0), siteKeys)) {
      parts.remove(0);
      cut = true;
    }
    if (!cut && parts.size() >= 2 && stripped.contains(" | ")) {
      String last = stripped.substring(stripped.lastIndexOf(" | ") + 3);
      String rest = stripped.substring(0, stripped.lastIndexOf(" | "));
      if (words(last) <= 4 && words(rest) >= 2) {
        return rest.strip();
      }
    }
    if (!cut) {
      return stripped;
    }
    // Keep the original separators of what remains: find the kept run in the original title.
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    int start = stripped.indexOf(first);
    int end = stripped.lastIndexOf(last) + last.length();
    return start >= 0 && end > start ? stripped.substring(start, end).strip() : first.strip();
  }

  private static boolean isSiteOrDate(String part, List<String> siteKeys) {
    String s = squash(part);
    if (s.isEmpty()) {
      return true;
    }
    if (DATE_LIKE.matcher(part.strip()).matches()) {
      return true;
    }
    for (String key : siteKeys) {
      if (s.equals(key)
          || s.length() >= 4 && key.contains(s)
          || key.length() >= 4 && s.contains(key) && words(part) <= 5) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
