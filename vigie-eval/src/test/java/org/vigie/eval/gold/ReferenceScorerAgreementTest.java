package org.vigie.eval.gold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DevSetScorer} prints what the reference scorer ({@code ../shared/eval/score.py gold})
 * prints for the same output, on a small dev set made here with every kind of item: kept and lost
 * lines, matched, missed and extra quotes with right and wrong speakers, unsure items, time
 * expressions exact, overlapping and extra, casualties with right and wrong counts, events of the
 * right and the wrong type. Skipped when score.py or python3 is not there.
 */
class ReferenceScorerAgreementTest {
  private static final Path SCORER =
      Path.of(System.getProperty("vigie.shared", "../../shared")).resolve("eval/score.py");

  @TempDir Path dir;

  @Test
  void javaAndPythonPrintTheSameFigures() throws Exception {
    assumeTrue(Files.isRegularFile(SCORER), "no reference scorer at " + SCORER);
    assumeTrue(python() != null, "no python3 on this machine");
    Path corpus = dir.resolve("corpus");
    Path gold = dir.resolve("gold");
    Files.createDirectories(corpus.resolve("libya/2011-03-22"));
    Files.createDirectories(gold);
    write(
        corpus.resolve("libya/2011-03-22/ext_2.txt"),
        "Accueil Monde Politique Économie Sport\n"
            + "Des frappes aériennes ont visé Tripoli mardi soir, selon la télévision libyenne.\n"
            + "« Nous utiliserons bien sûr les capacités de l'Alliance », a précisé Alain Juppé.\n"
            + "Cinq personnes, dont quatre enfants, ont été tuées à Misrata le 21 mars.\n"
            + "Le ministre a ajouté que la coalition poursuivrait ses opérations.\n"
            + "Lire aussi : les autres articles les plus lus du jour\n");
    write(
        corpus.resolve("libya/2011-03-22/ext_3.txt"),
        "Selon l'OSDH, trois civils ont été blessés lundi à Homs.\n"
            + "Abonnez-vous pour lire la suite de cet article sur votre appareil\n");
    write(
        gold.resolve("libya__2011-03-22__ext_2.json"),
        "{\"doc\":\"libya/2011-03-22/ext_2.txt\",\"dct\":\"2011-03-22\","
            + "\"content_lines\":[2,3,4,5],\"caption_lines\":[],\"boilerplate_lines\":[1,6],"
            + "\"quotes\":[{\"speaker\":\"Alain Juppé\",\"speaker_named\":true,\"cue\":\"a précisé\","
            + "\"kind\":\"direct\",\"snippet\":\"nous utiliserons bien sûr les capacités\",\"line\":3},"
            + "{\"speaker\":\"Alain Juppé\",\"kind\":\"indirect\",\"cue\":\"a ajouté\","
            + "\"snippet\":\"la coalition poursuivrait ses opérations\",\"line\":5},"
            + "{\"speaker\":\"la télévision libyenne\",\"speaker_named\":false,\"kind\":\"indirect\","
            + "\"snippet\":\"frappes aériennes ont visé Tripoli\",\"unsure\":true}],"
            + "\"casualties\":[{\"killed\":5,\"injured\":null,\"snippet\":\"Cinq personnes, dont quatre"
            + " enfants, ont été tuées\"}],"
            + "\"timex\":[{\"text\":\"mardi soir\",\"value\":\"2011-03-22TEV\"},"
            + "{\"text\":\"le 21 mars\",\"value\":\"2011-03-21\"}],"
            + "\"events\":[{\"type\":\"ASSAULT\",\"subtype\":\"airstrike\","
            + "\"snippet\":\"des frappes aériennes ont visé Tripoli\"},"
            + "{\"type\":\"OTHER\",\"subtype\":\"death\",\"snippet\":\"personnes ont été tuées à Misrata\"}]}");
    write(
        gold.resolve("libya__2011-03-22__ext_3.json"),
        "{\"doc\":\"libya/2011-03-22/ext_3.txt\",\"dct\":\"2011-03-22\","
            + "\"content_lines\":[1],\"boilerplate_lines\":[2],"
            + "\"quotes\":[{\"speaker\":\"Observatoire syrien des droits de l'Homme\",\"cue\":\"selon\","
            + "\"kind\":\"indirect\",\"snippet\":\"trois civils ont été blessés lundi\"}],"
            + "\"casualties\":[{\"killed\":null,\"injured\":3,\"snippet\":\"trois civils ont été blessés\"}],"
            + "\"timex\":[{\"text\":\"lundi\",\"value\":\"2011-03-21\"}],"
            + "\"events\":[{\"type\":\"ASSAULT\",\"subtype\":\"attack\",\"snippet\":\"trois civils ont"
            + " été blessés lundi à Homs\",\"unsure\":true}]}");
    String text2 =
        "Des frappes aériennes ont visé Tripoli mardi soir, selon la télévision libyenne. "
            + "« Nous utiliserons bien sûr les capacités de l'Alliance », a précisé Alain Juppé. "
            + "Cinq personnes, dont quatre enfants, ont été tuées à Misrata. "
            + "Lire aussi : les autres articles les plus lus du jour";
    int s3 = text2.indexOf("Cinq");
    Path out = dir.resolve("out.jsonl");
    write(
        out,
        "{\"id\":\"libya__2011-03-22__ext_2\",\"title\":\"Accueil\",\"text\":"
            + quoted(text2)
            + ",\"quotes\":[{\"text\":\"Nous utiliserons bien sûr les capacités de l'Alliance\","
            + "\"cue\":{\"text\":\"a précisé\"},\"speaker\":{\"text\":\"Alain Juppé\",\"canonical\":null}},"
            + "{\"text\":\"frappes aériennes ont visé Tripoli\",\"cue\":null,\"speaker\":null},"
            + "{\"text\":\"les autres articles\",\"cue\":{\"text\":\"lire\"},"
            + "\"speaker\":{\"text\":\"il\",\"canonical\":\"Nicolas Sarkozy\"}}],"
            + "\"timexes\":[{\"text\":\"mardi soir\",\"type\":\"TIME\",\"value\":\"2011-03-22TEV\"},"
            + "{\"text\":\"21 mars dernier\",\"type\":\"DATE\",\"value\":\"2011-03-21\"},"
            + "{\"text\":\"trois jours\",\"type\":\"DURATION\",\"value\":\"P3D\"},"
            + "{\"text\":\"du jour\",\"type\":\"DATE\",\"value\":\"2011-03-22\"}],"
            + "\"events\":[{\"type\":\"ASSAULT\",\"subtype\":\"shelling\",\"start\":0,\"end\":81,"
            + "\"killed\":null,\"injured\":null},"
            + "{\"type\":\"ASSAULT\",\"subtype\":\"attack\",\"start\":"
            + s3
            + ",\"end\":"
            + (s3 + 61)
            + ",\"killed\":4,\"injured\":null}]}\n"
            + "{\"id\":\"libya__2011-03-22__ext_3\",\"title\":null,"
            + "\"text\":\"Selon l'OSDH, trois civils ont été blessés lundi à Homs.\","
            + "\"quotes\":[{\"text\":\"trois civils ont été blessés lundi à Homs\",\"cue\":{\"text\":"
            + "\"Selon\"},\"speaker\":{\"text\":\"l'OSDH\",\"canonical\":\"Observatoire syrien des"
            + " droits de l'Homme\"}}],"
            + "\"timexes\":[{\"text\":\"lundi\",\"type\":\"DATE\",\"value\":\"2011-03-21\"}],"
            + "\"events\":[{\"type\":\"ASSAULT\",\"subtype\":\"attack\",\"start\":14,\"end\":57,"
            + "\"killed\":null,\"injured\":3}]}\n");
    for (DevSplit split : DevSplit.values()) {
      DevSet set = DevSet.read(gold, corpus, split);
      Map<String, com.fasterxml.jackson.databind.JsonNode> articles = DevSet.readOutput(out);
      String java =
          "docs_missing "
              + set.documents().stream().filter(d -> !articles.containsKey(d.id())).count()
              + System.lineSeparator()
              + DevSetScorer.lines(set, articles, null).metrics()
              + DevSetScorer.quotes(set, articles, null).metrics()
              + DevSetScorer.timexes(set, articles, null).metrics()
              + DevSetScorer.casualties(set, articles, null).metrics()
              + DevSetScorer.events(set, articles, null).metrics();
      String reference = run(out, corpus, gold, split.label());
      assertEquals(reference.strip(), java.replace("\r\n", "\n").strip(), "split " + split);
    }
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String python() {
    for (String candidate : List.of("/usr/bin/python3", "/usr/local/bin/python3")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? "python3" : null;
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  private static String run(Path out, Path corpus, Path gold, String split) throws Exception {
    Process p =
        new ProcessBuilder(
                python(),
                SCORER.toString(),
                "gold",
                out.toString(),
                corpus.toString(),
                gold.toString(),
                split)
            .redirectErrorStream(true)
            .start();
    byte[] bytes = p.getInputStream().readAllBytes();
    p.waitFor(60, TimeUnit.SECONDS);
    String printed = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    return printed;
  }
}
