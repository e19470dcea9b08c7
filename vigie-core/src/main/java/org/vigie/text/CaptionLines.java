package org.vigie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.lexicon.ResourceLines;

/**
 * Photo captions, which report no event and date nothing in the story (the guidelines take events
 * and time expressions from content lines only): a line of the text that ends with a photo credit —
 * "Un avion américain s'est écrasé dans la nuit. Crédits photo : SUHAIB SALEM/REUTERS", "Des
 * manifestants devant le consulat. (SALOME LEGRAND / FRANCETV INFO)", "Jenan Moussa sur le site
 * frappé par un missile. Photo partagée par @jenanmoussa", a picture's file name ("….jpg") —
 * describes a picture up to its credit. Credit words and agencies come from {@code
 * caption-credits.txt}. Bounded: a credit is read in the last {@value #TAIL} characters of a line.
 * Immutable and thread-safe.
 */
public final class CaptionLines {
  /** Characters at the end of a line read for its credit. */
  static final int TAIL = 120;

  private final Pattern credit;

  public CaptionLines(List<String> lines) {
    List<String> labels = new ArrayList<>();
    List<String> bylines = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length < 2) {
        throw new IllegalArgumentException("credit line without words: " + line);
      }
      String words = Pattern.quote(parts[1].toLowerCase(Locale.ROOT));
      switch (parts[0]) {
        case "label" -> labels.add(words);
        case "byline" -> bylines.add(words);
        case "agency" -> agencies.add(words);
        default -> throw new IllegalArgumentException("unknown credit kind: " + line);
      }
    }
    // A label and its name ("Crédits photo : X", "Photo partagée par X"), a copyright sign, a name
    // and an agency after a
    // slash ("X/REUTERS", "(X / AFP)") or a picture's file name, then nothing but the line's end.
    this.credit =
        Pattern.compile(
            "(?:(?<![\\p{L}])(?:"
                + String.join("|", labels)
                + ")\\s*:[^\\n]{0,80}"
                + "|(?<![\\p{L}])(?:"
                + String.join("|", bylines)
                + ")\\s[^\\n]{0,80}"
                + "|©[^\\n]{0,80}"
                + "|/\\s*(?:"
                + String.join("|", agencies)
                + ")\\s*\\)?"
                + "|\\.(?:jpe?g|png)"
                + ")\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The captions whose credits are listed in resource {@code name} of this package. */
  public static CaptionLines resource(String name) {
    return new CaptionLines(ResourceLines.of(CaptionLines.class, name));
  }

  /**
   * Where the credit of the line holding {@code offset} starts, when that line is a caption and
   * {@code offset} stands before its credit; else -1.
   */
  public int creditAfter(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int from = Math.max(lineStart, lineEnd - TAIL);
    Matcher m = credit.matcher(text).region(from, lineEnd);
    // The leftmost credit in the tail: "Crédits photo : A/REUTERS" starts at its label.
    if (!m.find()) {
      return -1;
    }
    return offset < m.start() ? m.start() : -1;
  }

  /** Whether the text at {@code offset} is a caption's description, before its credit. */
  public boolean inCaption(String text, int offset) {
    return creditAfter(text, offset) >= 0;
  }
}
