package org.vigie.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigie.store.VigieStore;
import org.vigie.store.export.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie export}: the store's articles, quotes, entities or events as JSON Lines or CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the store for pandas, R or spreadsheets: one record per line (jsonl) or CSV with a",
      "header and RFC 4180 quoting. Each row carries its article id, outlet and date."
    })
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption storeDir;

  @Option(
      names = "--what",
      defaultValue = "articles",
      description = "articles, quotes, entities or events. Default: ${DEFAULT-VALUE}.")
  StoreExport.What what;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv.")
  StoreExport.Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE, not stdout.")
  Path outFile;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (VigieStore store = storeDir.open()) {
      Writer writer =
          outFile == null
              ? spec.commandLine().getOut()
              : new BufferedWriter(
                  new OutputStreamWriter(Files.newOutputStream(outFile), StandardCharsets.UTF_8),
                  1 << 16);
      long n = StoreExport.write(store, what, format, writer);
      if (outFile != null) {
        writer.close();
      } else {
        StandardOutput.check(spec.commandLine().getOut());
      }
      spec.commandLine().getErr().println("vigie: exported " + n + " " + what);
      return VigieCommand.OK;
    }
  }
}
