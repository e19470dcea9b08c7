package org.vigie.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.QuoteKind;
import org.vigie.quote.SpeakerPhrase.Form;

/**
 * Posts quoted as paragraphs in blog, live and social-media formats: a paragraph opening with the
 * author's handle ("@handle : texte", "@handle texte", "Prénom @Nom : texte") is that author's
 * direct statement, without quotation marks. The handle is resolved to the person the article
 * introduces with it ("Danya B Mohammed (@ceoDanya)"), to a person named in the article whose name
 * the handle spells ("@jenanmoussa" → "Jenan Moussa"), or to the first name written before it;
 * otherwise it stays the handle. Linear in the text; each paragraph's match is bounded.
 */
final class SocialPostQuotes {
  private static final Pattern POST =
      Pattern.compile(
          "(?m)^[ \\t]*((?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){0,3})@([\\p{L}\\p{N}_]{2,30})[ \\t]*:?[ \\t]*");
  private static final Pattern INTRODUCED =
      Pattern.compile("((?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,4})\\(@([\\p{L}\\p{N}_]{2,30})\\)");
  private static final int MAX_POST_CHARS = 2_000;

  private SocialPostQuotes() {}

  /** The posts of the text, as drafts with a NAME phrase; {@code known} are the article's names. */
  static List<Draft> find(TokenText t, List<String> known) {
    Map<String, String> introduced = new HashMap<>();
    Matcher m = INTRODUCED.matcher(t.text);
    while (m.find()) {
      introduced.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), m.group(1).strip());
    }
    List<Draft> posts = new ArrayList<>();
    Matcher post = POST.matcher(t.text);
    while (post.find()) {
      int contentStart = post.end();
      int lineEnd = t.text.indexOf('\n', contentStart);
      int end = Math.min(lineEnd < 0 ? t.text.length() : lineEnd, contentStart + MAX_POST_CHARS);
      while (end > contentStart && Character.isWhitespace(t.text.charAt(end - 1))) {
        end--;
      }
      String content = t.text.substring(contentStart, end);
      if (content.split("\\s+").length < 3) {
        continue;
      }
      String handle = post.group(2);
      String prefix = post.group(1).strip();
      String name = nameOf(handle, prefix, introduced, known);
      int phraseStart = post.start(1) < post.end(1) ? post.start(1) : post.start(2) - 1;
      int phraseEnd = post.end(2);
      int first = t.firstAtOrAfter(phraseStart);
      int last = Math.max(first, t.firstAtOrAfter(phraseEnd) - 1);
      if (first >= t.size()) {
        continue;
      }
      Draft d = new Draft();
      d.start = contentStart;
      d.end = end;
      d.text = content;
      d.kind = QuoteKind.DIRECT;
      d.attributionEnd = end;
      d.phrase =
          new SpeakerPhrase(
              first,
              last,
              phraseStart,
              phraseEnd,
              t.text.substring(phraseStart, phraseEnd),
              Form.NAME,
              name,
              null,
              List.of(),
              '?',
              false);
      posts.add(d);
    }
    return posts;
  }

  private static String nameOf(
      String handle, String prefix, Map<String, String> introduced, List<String> known) {
    String lower = handle.toLowerCase(Locale.ROOT);
    String byIntroduction = introduced.get(lower);
    if (byIntroduction != null) {
      return byIntroduction;
    }
    String letters = lettersOf(handle);
    for (String name : known) {
      String[] words = name.split("\\s+");
      String surname = lettersOf(words[words.length - 1]);
      if (letters.equals(lettersOf(name)) || surname.length() >= 4 && letters.contains(surname)) {
        return name;
      }
    }
    if (!prefix.isEmpty() && Character.isUpperCase(handle.codePointAt(0))) {
      return prefix + " " + handle; // "Wael @Ghonim"
    }
    return "@" + handle;
  }

  private static String lettersOf(String s) {
    StringBuilder b = new StringBuilder();
    String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
