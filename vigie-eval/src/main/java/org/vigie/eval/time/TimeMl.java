package org.vigie.eval.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Timex;
import org.vigie.model.TimexType;

/**
 * Reads TimeML markup (a French TimeBank {@code <TEXT>} or HeidelTime's output): the plain text
 * with tags removed and entities decoded, and the TIMEX3 elements as timexes with offsets into it.
 * Other elements (EVENT, SIGNAL) are dropped, their text kept.
 */
final class TimeMl {
  /** Plain text and the TIMEX3 annotations over it. */
  record Annotated(String text, List<Timex> timexes) {
    Annotated {
      timexes = List.copyOf(timexes);
    }
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>");
  private static final Pattern ATTR = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");

  private TimeMl() {}

  static Annotated parse(String markup) {
    StringBuilder text = new StringBuilder(markup.length());
    List<Timex> timexes = new ArrayList<>();
    Matcher m = TAG.matcher(markup);
    int at = 0;
    int open = -1;
    Map<String, String> attrs = Map.of();
    while (m.find()) {
      text.append(decode(markup.substring(at, m.start())));
      at = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty() && m.group(4).isEmpty()) {
        open = text.length();
        attrs = attributes(m.group(3));
      } else if (!m.group(1).isEmpty() && open >= 0) {
        String type = attrs.getOrDefault("type", "DATE");
        TimexType t;
        try {
          t = TimexType.valueOf(type);
        } catch (IllegalArgumentException e) {
          t = TimexType.DATE;
        }
        timexes.add(new Timex(open, text.length(), text.substring(open), t, attrs.get("value")));
        open = -1;
      }
    }
    text.append(decode(markup.substring(at)));
    return new Annotated(text.toString(), timexes);
  }

  static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher a = ATTR.matcher(s);
    while (a.find()) {
      out.put(a.group(1), decode(a.group(2)));
    }
    return out;
  }

  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
