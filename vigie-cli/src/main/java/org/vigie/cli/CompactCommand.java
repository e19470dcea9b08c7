package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigie compact}: merges a store's index into one segment ({@link VigieStore#compact}). */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    description = {
      "Merge the index of the store in --data DIR into one segment: searches, facets and article"
          + " reads then pay their per-segment cost once. An ingest that loads a large share of"
          + " the store does it by itself; this is for a store loaded in many small runs. Rewrites"
          + " the whole index (minutes at 100,000 articles); takes the write lock."
    })
final class CompactCommand implements Callable<Integer> {
  @Mixin StoreOption storeDir;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (VigieStore store = VigieStore.openForWriting(storeDir.data)) {
      int before = store.compact();
      out.println(
          "vigie: "
              + storeDir.data
              + (before > 1
                  ? ": merged " + before + " segments into one"
                  : ": already one segment, nothing to do")
              + " ("
              + store.size()
              + " articles)");
    }
    return VigieCommand.OK;
  }
}
