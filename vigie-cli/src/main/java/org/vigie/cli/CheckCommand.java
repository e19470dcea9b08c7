package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie check}: verifies a store's index (Lucene CheckIndex) and repairs it if asked. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check the store in --data DIR: every index file's checksum and every segment read.",
      "--repair drops the damaged segments only (after saying how many articles they hold); the"
          + " next ingest of the inputs restores those articles. Exit codes: 0 clean or repaired,"
          + " 1 damaged (not repaired), 2 usage or store error."
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin StoreOption storeDir;

  @Option(names = "--repair", description = "Drop the damaged segments (their articles are lost).")
  boolean repair;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreCheck.Report report = StoreCheck.run(storeDir.data, repair);
    if (report.noCommit()) {
      out.println(
          "vigie: "
              + storeDir.data
              + " holds index files but no commit (segments_N missing or unreadable): the index"
              + " cannot be read; restore it from a backup, or move it away and ingest the"
              + " inputs again");
      return VigieCommand.SOME_FAILED;
    }
    if (report.clean()) {
      out.println(
          "vigie: "
              + storeDir.data
              + " is sound: "
              + report.segments()
              + " segment(s), "
              + report.articles()
              + " article(s)");
      return VigieCommand.OK;
    }
    for (StoreCheck.Damage d : report.damaged()) {
      out.println(
          "vigie: segment "
              + d.segment()
              + " is damaged ("
              + d.problem()
              + "); it holds "
              + d.articles()
              + " article(s)");
    }
    if (report.repaired()) {
      out.println(
          "vigie: repaired "
              + storeDir.data
              + ": dropped "
              + report.damaged().size()
              + " damaged segment(s) holding "
              + report.articlesLost()
              + " article(s); ingest the inputs again to restore them");
      return VigieCommand.OK;
    }
    out.println(
        "vigie: "
            + report.articlesLost()
            + " article(s) are in damaged segments; vigie check --repair --data "
            + storeDir.data
            + " drops them, and the next ingest of the inputs restores them");
    return VigieCommand.SOME_FAILED;
  }
}
