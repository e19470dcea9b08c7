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

  /** "@CaireneGirl (Sherine Elbanhawy)": the handle, then the name it stands for. */
  private static final Pattern NAMED_AFTER =
      Pattern.compile(
          "@([\\p{L}\\p{N}_]{2,30})[ \\t]*\\(((?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}\\p{Lu}[\\p{L}'’.-]*)\\)");

  private static final int MAX_POST_CHARS = 2_000;

  private SocialPostQuotes() {}

  /** The posts of the text, as drafts with a NAME phrase; {@code known} are the article's names. */
  static List<Draft> find(TokenText t, List<String> known) {
    Map<String, String> introduced = new HashMap<>();
    Matcher m = INTRODUCED.matcher(t.text);
    while (m.find()) {
      introduced.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), m.group(1).strip());
    }
    Matcher named = NAMED_AFTER.matcher(t.text);
    while (named.find()) {
      introduced.putIfAbsent(named.group(1).toLowerCase(Locale.ROOT), named.group(2).strip());
    }
    List<Draft> posts = new ArrayList<>();
    Matcher post = POST.matcher(t.text);
    int taken = -1; // the end of a paragraph an introduction line took as its post
    while (post.find()) {
      if (post.start() < taken) {
        continue;
      }
      int contentStart = post.end();
      int end = lineEnd(t.text, contentStart);
      if (end > contentStart && t.text.charAt(end - 1) == ':') {
        // "@SarraMoneir exprime elle aussi son appréciation :": the line introduces the post,
        // which is the next paragraph, whatever it opens with
        contentStart = nextLine(t.text, end);
        end = lineEnd(t.text, contentStart);
        taken = end;
      }
      if (end <= contentStart) {
        continue;
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

  /** The end of the line starting at or before {@code from}, blanks trimmed, bounded. */
  private static int lineEnd(String text, int from) {
    int lineEnd = text.indexOf('\n', from);
    int end = Math.min(lineEnd < 0 ? text.length() : lineEnd, from + MAX_POST_CHARS);
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The first non-blank character of the lines after {@code from}. */
  private static int nextLine(String text, int from) {
    int k = from;
    while (k < text.length()
        && k - from < MAX_POST_CHARS
        && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
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
