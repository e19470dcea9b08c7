package org.vigie.eval.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.vigie.model.Timex;

/**
 * HeidelTime 2.2.1 with its French news rules, in the no-POS mode (no TreeTagger) and without
 * temponyms, as the issue and HeidelTime's authors describe running it. Configured from code (no
 * config.props file). HeidelTime keeps static state: one instance, one thread.
 */
public final class HeidelTimeTagger {
  /**
   * HeidelTime logs every document at INFO on stderr under this name; the eval prints its own
   * summary. Held here so the level set on it is not lost when the logger is collected.
   */
  private static final Logger QUIET = Logger.getLogger("HeidelTimeStandalone");

  private final HeidelTimeStandalone news;
  private final HeidelTimeStandalone narrative;

  public HeidelTimeTagger() {
    Properties props = new Properties();
    props.setProperty("considerDate", "true");
    props.setProperty("considerDuration", "true");
    props.setProperty("considerSet", "true");
    props.setProperty("considerTime", "true");
    props.setProperty("considerTemponym", "false");
    props.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
    props.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
    props.setProperty("uimaVarDate", "Date");
    props.setProperty("uimaVarDuration", "Duration");
    props.setProperty("uimaVarLanguage", "Language");
    props.setProperty("uimaVarSet", "Set");
    props.setProperty("uimaVarTime", "Time");
    props.setProperty("uimaVarTemponym", "Temponym");
    props.setProperty("uimaVarTypeToProcess", "Type");
    Config.setProps(props);
    QUIET.setLevel(Level.WARNING);
    news =
        new HeidelTimeStandalone(
            Language.FRENCH, DocumentType.NEWS, OutputType.TIMEML, null, POSTagger.NO, false);
    // News mode refuses a document without a creation time; its narrative mode anchors on the text.
    narrative =
        new HeidelTimeStandalone(
            Language.FRENCH, DocumentType.NARRATIVES, OutputType.TIMEML, null, POSTagger.NO, false);
  }

  /**
   * HeidelTime's time expressions in {@code text} with creation time {@code dct}: its news rules
   * when {@code dct} is a full date, its narrative rules otherwise.
   */
  public List<Timex> tag(String text, String dct) {
    String markup;
    try {
      LocalDate day = dct == null || dct.length() < 10 ? null : parse(dct.substring(0, 10));
      // Noon UTC: HeidelTime formats the date in the default zone, which must not move the day.
      markup =
          day == null
              ? narrative.process(text)
              : news.process(text, Date.from(day.atTime(12, 0).atZone(ZoneOffset.UTC).toInstant()));
    } catch (Exception e) {
      return List.of();
    }
    int from = markup.indexOf("<TimeML>");
    int to = markup.lastIndexOf("</TimeML>");
    if (from < 0 || to < from) {
      return List.of();
    }
    TimeMl.Annotated out = TimeMl.parse(markup.substring(from + "<TimeML>".length(), to));
    return align(text, out);
  }

  private static LocalDate parse(String day) {
    try {
      return LocalDate.parse(day);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Offsets into the input: HeidelTime may trim or re-space; find each expression in order. */
  private static List<Timex> align(String text, TimeMl.Annotated out) {
    if (out.text().equals(text)) {
      return out.timexes();
    }
    List<Timex> aligned = new ArrayList<>();
    int from = 0;
    for (Timex t : out.timexes()) {
      int at = text.indexOf(t.text(), from);
      if (at < 0) {
        continue;
      }
      aligned.add(new Timex(at, at + t.text().length(), t.text(), t.type(), t.value()));
      from = at + t.text().length();
    }
    return aligned;
  }
}
