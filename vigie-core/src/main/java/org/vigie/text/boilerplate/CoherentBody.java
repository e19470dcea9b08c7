package org.vigie.text.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bounds of an article body by topical coherence, once the maximum-sum segment has found its core.
 * Past a section boundary (a standalone "À lire aussi", "En continu" or a run of chrome lines), the
 * body goes on only while its lines keep to the core's main terms: after the boundary come other
 * articles' headlines, blurbs and newsletters, whose prose would otherwise win the segment. After
 * the body, lines that the maximum-sum segment left out for being short ("@Ghonim Nous sommes si
 * fiers de toi.", "X approuve :") come back when they share the body's terms. Stateless.
 */
final class CoherentBody {
  /** Chrome lines in a row that separate two sections of a page. */
  static final int BOUNDARY_RUN = 3;

  /** Share of a section's prose lines that must keep to the body's terms for it to stay. */
  static final double COHERENT_SHARE = 0.5;

  private CoherentBody() {}

  /** What the refinement reads about each line. */
  record Lines(
      List<String> texts, List<LineProfile> profiles, boolean[] chrome, boolean[] opensSection) {}

  /** The body [start, end) cut at the first incoherent section past a boundary. */
  static int[] cut(Lines lines, double[] scores, int start, int end) {
    List<int[]> parts = sections(lines, start, end);
    if (parts.size() <= 1) {
      return new int[] {start, end};
    }
    int core = 0;
    double best = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < parts.size(); k++) {
      double sum = 0;
      for (int i = parts.get(k)[0]; i < parts.get(k)[1]; i++) {
        sum += scores[i];
      }
      if (sum > best) {
        best = sum;
        core = k;
      }
    }
    TopicTerms terms = terms(lines, parts.get(core)[0], parts.get(core)[1]);
    if (terms.isEmpty()) {
      return new int[] {start, end};
    }
    int from = core;
    while (from > 0 && coherent(lines, terms, parts.get(from - 1))) {
      from--;
    }
    int to = core;
    while (to < parts.size() - 1 && coherent(lines, terms, parts.get(to + 1))) {
      to++;
    }
    return new int[] {parts.get(from)[0], parts.get(to)[1]};
  }

  /**
   * The body's end moved past the lines after it that keep to its terms: a line sharing a main
   * term, an introduction ending with a colon and the line it introduces ("Gaith Kawar écrit :" /
   * "Un jour historique pour l'histoire arabe #jan25"), and a quoted tweet (a line opening on a
   * handle or carrying a hashtag): a blog's roundup of tweets and photos is short lines, each
   * quoted after its introduction, which the maximum-sum segment leaves out for being short; and
   * the wire credit that signs the article ({@link WireCredits}), after which nothing is. Stops at
   * chrome.
   */
  static int extend(Lines lines, TopicTerms terms, int end) {
    int n = lines.texts().size();
    int i = end;
    while (i < n && !lines.chrome()[i]) {
      String text = lines.texts().get(i);
      // The line before is the body's: it may introduce this one.
      boolean introduced = i > 0 && introduces(lines.texts().get(i - 1));
      if (WireCredits.credit(text)) {
        // The credit signs the article: what follows it is the site's.
        return i + 1;
      }
      if (terms.shared(text) > 0 || introduced || tweet(text, lines.profiles().get(i))) {
        i++;
        end = i;
      } else if (introduces(text) && i + 1 < n && !lines.chrome()[i + 1]) {
        i += 2;
        end = i;
      } else {
        break;
      }
    }
    return end;
  }

  /** "@handle …", "… #SudanJan30": a tweet quoted by the article. */
  private static final Pattern TWEET = Pattern.compile("^@\\w|(?:^|\\s)#\\p{L}[\\p{L}\\d_]+");

  /** Fewest words of a quoted tweet that joins the body on its shape alone. */
  static final int MIN_TWEET_WORDS = 4;

  static boolean tweet(String text, LineProfile p) {
    return p.words() >= MIN_TWEET_WORDS && TWEET.matcher(text.strip()).find();
  }

  /** A line that introduces the next: "X écrit :", "On lit sur la banderole :". */
  private static boolean introduces(String text) {
    return text.strip().endsWith(":");
  }

  /**
   * The body's start moved back over the lines before it that belong to it: a hard-wrapped first
   * line whose sentence the body's first line goes on with ("Qui sont les Syriens qui soutiennent"
   * / "encore Bachar el-Assad ?"), and sentences sharing the body's terms that the segment left out
   * for being short. Headline-like lines stay out: the header reader looks for the title there.
   */
  static int extendBack(Lines lines, TopicTerms terms, int start) {
    while (start > 0 && !lines.chrome()[start - 1]) {
      String before = lines.texts().get(start - 1);
      LineProfile p = lines.profiles().get(start - 1);
      boolean continued = startsLowerCase(lines.texts().get(start));
      boolean sentence = p.terminal() && !p.headlineLike() && terms.shared(before) > 0;
      if (!continued && !sentence) {
        break;
      }
      start--;
    }
    return start;
  }

  private static boolean startsLowerCase(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty() && Character.isLowerCase(stripped.charAt(0));
  }

  /** Main terms of the prose lines in [start, end) (all lines if none is prose). */
  static TopicTerms terms(Lines lines, int start, int end) {
    List<String> prose = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int i = start; i < end; i++) {
      if (lines.chrome()[i]) {
        continue;
      }
      all.add(lines.texts().get(i));
      if (lines.profiles().get(i).prose()) {
        prose.add(lines.texts().get(i));
      }
    }
    return TopicTerms.of(prose.size() >= 2 ? prose : all);
  }

  private static boolean coherent(Lines lines, TopicTerms terms, int[] part) {
    int prose = 0;
    int sharing = 0;
    for (int i = part[0]; i < part[1]; i++) {
      if (lines.chrome()[i] || lines.profiles().get(i).words() < 4) {
        continue;
      }
      prose++;
      if (terms.shared(lines.texts().get(i)) > 0) {
        sharing++;
      }
    }
    return prose == 0 || sharing >= COHERENT_SHARE * prose;
  }

  /** [start, end) split at section boundaries; boundary lines go to neither side. */
  private static List<int[]> sections(Lines lines, int start, int end) {
    List<int[]> parts = new ArrayList<>();
    int from = start;
    int i = start;
    while (i < end) {
      int run = 0;
      while (i + run < end && lines.chrome()[i + run]) {
        run++;
      }
      boolean boundary = run >= BOUNDARY_RUN;
      for (int k = i; k < i + run && !boundary; k++) {
        boundary = lines.opensSection()[k];
      }
      if (boundary) {
        if (i > from) {
          parts.add(new int[] {from, i});
        }
        from = i + run;
        i += run;
      } else {
        i += Math.max(run, 1);
      }
    }
    if (end > from) {
      parts.add(new int[] {from, end});
    }
    return parts;
  }
}
