package org.vigie.text.boilerplate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.text.CaptionLines;

/**
 * The lines a page prints about its picture between the headline and the lede, which a scrape keeps
 * as text: the agency's caption, often left in English ("Members of the influential Libyan
 * Warfallah tribe … sit by the house of …", "EDITOR'S NOTE: PICTURE TAKEN ON GUIDED GOVERNMENT
 * TOUR"), a credit alone or closing a caption ("AFP PHOTO / KENZO TRIBOUILLARD", "… in Damascus on
 * March 29, 2011. AFP PHOTO/ANWAR AMRO", "Crédits photo : X/REUTERS"), and a French caption that
 * dates its picture ("Manifestation de soutien au président, le 7 avril 2012 à Damas"). None is the
 * headline, and none separates the headline from its article. Stateless and thread-safe.
 */
final class PictureLines {
  private static final CaptionLines CREDITS = CaptionLines.resource("caption-credits.txt");

  /** An agency, "PHOTO" perhaps, a slash and a photographer's name: the whole credit. */
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "(?:^|\\s)(?:AFP|REUTERS?|AP|EPA|ANADOLU|SANA)(?:\\s+PHOTO)?\\s*/\\s*"
              + "\\p{L}[^/.!?»\"\\n]{0,60}$");

  /** A caption's date and place closing the line ("…, le 7 avril 2012 à Damas"). */
  private static final Pattern DATED =
      Pattern.compile(
          ",\\s+le\\s+\\d{1,2}(?:er)?\\s+\\p{L}{3,9}\\s+\\d{4}"
              + "(?:\\s+(?:à|au|en|près de|dans)\\s+[^,.;:!?]{2,40})?\\.?$");

  /** English function words and caption verbs: an agency's caption left untranslated. */
  private static final Set<String> ENGLISH =
      Set.of(
          ("the of on in at to and from by with for as an it this that not no during after is are"
                  + " was were his her their its who which shows taken stand stands sit sits hold"
                  + " holds gestures")
              .split(" "));

  /** Longest French caption read for its date, in words: longer lines are prose. */
  private static final int MAX_DATED_WORDS = 30;

  private PictureLines() {}

  /**
   * Whether the line is about the page's picture rather than the article; an English line counts
   * only beside a {@code frenchBody} (an English article's headline is in English).
   */
  static boolean caption(String line, boolean frenchBody) {
    String text = line.strip();
    if (text.isEmpty()) {
      return false;
    }
    if (AGENCY_CREDIT.matcher(text).find() || CREDITS.inCaption(text, 0)) {
      return true;
    }
    List<String> words = FoldedWords.of(text);
    if (words.size() <= MAX_DATED_WORDS && DATED.matcher(text).find()) {
      return true;
    }
    return frenchBody && english(words);
  }

  /** Whether the line reads as French: French function words, and more than English ones. */
  static boolean french(String line) {
    List<String> words = FoldedWords.of(line);
    int french = 0;
    for (String w : words) {
      if (LineProfile.isStopWord(w) && !ENGLISH.contains(w)) {
        french++;
      }
    }
    return french >= 2 && !english(words);
  }

  /** More English function words than French ones, two at least. */
  private static boolean english(List<String> words) {
    int english = 0;
    int french = 0;
    for (String w : words) {
      if (ENGLISH.contains(w)) {
        english++;
      } else if (LineProfile.isStopWord(w)) {
        french++;
      }
    }
    return english >= 2 && english > french;
  }
}
