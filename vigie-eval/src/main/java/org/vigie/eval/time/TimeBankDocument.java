package org.vigie.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigie.model.Timex;

/** One French TimeBank document: its id, creation time, text and gold time expressions. */
public record TimeBankDocument(String id, String dct, String text, List<Timex> gold) {
  private static final Pattern DCT =
      Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)/?>", Pattern.CASE_INSENSITIVE);

  public TimeBankDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    gold = List.copyOf(gold);
  }

  /**
   * Reads a {@code .tml} file; the text is what lies between {@code <TEXT>} and {@code </TEXT>}.
   */
  public static TimeBankDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    if (from < 0 || to < from) {
      throw new IOException(file + ": no <TEXT> element");
    }
    Matcher dct = DCT.matcher(xml);
    String value = dct.find() ? TimeMl.attributes(dct.group(1)).get("value") : null;
    TimeMl.Annotated annotated = TimeMl.parse(xml.substring(from + "<TEXT>".length(), to));
    String name = file.getFileName().toString();
    return new TimeBankDocument(
        name.replaceFirst("\\.tml$", ""), value, annotated.text(), annotated.timexes());
  }

  /** All {@code .tml} files of a folder, sorted by name. */
  public static List<TimeBankDocument> readAll(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> tml = files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
      List<TimeBankDocument> docs = new java.util.ArrayList<>();
      for (Path p : tml) {
        docs.add(read(p));
      }
      return docs;
    }
  }
}
