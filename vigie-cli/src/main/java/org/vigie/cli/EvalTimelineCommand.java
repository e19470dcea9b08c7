package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.eval.timeline.ReferenceTimeline;
import org.vigie.eval.timeline.TimelineEval;
import org.vigie.eval.timeline.TimelineRouge;
import org.vigie.eval.timeline.TopicArticles;
import org.vigie.model.Article;
import org.vigie.nlp.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie eval timeline}: timelines of ML-Crisis's four topics against their references. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Score timelines on SHARED/corpus/ml-crisis-fr against its four human reference timelines",
      "(Date-F1, AR1-F, AR2-F as news-tls/tilse compute them), beside a date-wise and a random",
      "baseline built in the same run. Analyses each topic (minutes) unless --articles is given."
    })
final class EvalTimelineCommand implements Callable<Integer> {
  @Mixin SharedData data;

  @Option(
      names = "--articles",
      paramLabel = "FILE",
      description =
          "An earlier analysis of the corpus (vigie analyze --format jsonl, ids as corpus paths"
              + " with / as __) to use instead of analysing.")
  Path articles;

  @Option(names = "--threads", description = "Analysis threads. Default: the number of cores.")
  Integer threads;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path corpus = data.shared.resolve("corpus").resolve("ml-crisis-fr");
    if (!Files.isDirectory(corpus.resolve("reference"))) {
      err.println("vigie: no reference timelines under " + corpus.resolve("reference"));
      return VigieCommand.USAGE;
    }
    if (articles != null && !Files.isRegularFile(articles)) {
      err.println("vigie: --articles " + articles + " is not a file");
      return VigieCommand.USAGE;
    }
    int pool = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<TimelineRouge.Scores> ours = new ArrayList<>();
    List<TimelineRouge.Scores> datewise = new ArrayList<>();
    List<TimelineRouge.Scores> random = new ArrayList<>();
    double ceiling = 0;
    double recall = 0;
    double oracleAr1 = 0;
    out.println("ML-Crisis timelines (" + corpus + "):");
    for (String topic : TopicArticles.topics(corpus)) {
      List<Article> topicArticles =
          articles != null
              ? TopicArticles.fromAnalysis(articles, topic)
              : TopicArticles.analyse(
                  corpus,
                  topic,
                  recurring -> Engines.standard(AnalysisConfig.DEFAULT, recurring),
                  pool);
      ReferenceTimeline ref =
          ReferenceTimeline.read(corpus.resolve("reference").resolve(topic + ".txt"));
      TimelineEval.TopicResult r = TimelineEval.evaluate(topic, topicArticles, ref);
      out.print(r.render());
      out.flush();
      ours.add(r.vigie());
      datewise.add(r.datewise());
      random.add(r.random());
      ceiling += r.dateCeiling();
      recall += r.diagnostics().candidateRecall();
      oracleAr1 += r.diagnostics().oracleDaysAr1();
    }
    out.println("mean over topics:");
    out.println("  " + TimelineEval.line("vigie", TimelineEval.mean(ours)));
    out.println("  " + TimelineEval.line("date-wise baseline", TimelineEval.mean(datewise)));
    out.println("  " + TimelineEval.line("random baseline", TimelineEval.mean(random)));
    out.printf(
        Locale.ROOT,
        "  %-20s Date-F1 %.3f%n",
        "ceiling (oracle)",
        ceiling / Math.max(1, ours.size()));
    out.printf(
        Locale.ROOT,
        "  %-20s candidate days recall %.3f, AR1-F on reference days %.3f%n",
        "diagnostics",
        recall / Math.max(1, ours.size()),
        oracleAr1 / Math.max(1, ours.size()));
    out.println(
        "  anchor: news-tls Datewise on the English Crisis set (published): Date-F1 0.295, AR1-F"
            + " 0.089");
    out.flush();
    return VigieCommand.OK;
  }
}
