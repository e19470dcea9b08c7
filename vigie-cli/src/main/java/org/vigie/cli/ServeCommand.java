package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.analysis.AnalysisConfig;
import org.vigie.nlp.Engines;
import org.vigie.server.ServerOptions;
import org.vigie.server.VigieServer;
import org.vigie.store.VigieStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigie serve}: the REST API and the web UI over a store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store in --data DIR: the web UI at / and the REST API under /api (OpenAPI 3 at",
      "/openapi.json). Listens on 127.0.0.1 unless --bind says otherwise. POST /api/ingest is on",
      "only with --token-file (a bearer token of 16+ characters; the store is then opened for",
      "writing, so no other ingest may run). Stops on Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption storeDir;

  @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--bind",
      defaultValue = ServerOptions.LOOPBACK,
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "File holding the bearer token that POST /api/ingest requires.")
  Path tokenFile;

  @Option(
      names = "--max-body",
      defaultValue = "16777216",
      description = "Largest request body in bytes. Default: ${DEFAULT-VALUE}.")
  long maxBody;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String token = null;
    if (tokenFile != null) {
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        err.println("vigie: cannot read --token-file " + tokenFile + ": " + e.getMessage());
        return VigieCommand.USAGE;
      }
    }
    ServerOptions options;
    try {
      options =
          ServerOptions.defaults(port).withBind(bind).withMaxBodyBytes(maxBody).withToken(token);
    } catch (IllegalArgumentException e) {
      err.println("vigie: " + e.getMessage());
      return VigieCommand.USAGE;
    }
    if (!bind.equals(ServerOptions.LOOPBACK) && !bind.equals("localhost") && !bind.equals("::1")) {
      err.println("vigie: warning: listening on " + bind + ", reachable from other machines");
    }
    AnalysisConfig settings = AnalysisConfig.DEFAULT;
    try (VigieStore store =
            token != null ? VigieStore.openForWriting(storeDir.data) : storeDir.open();
        VigieServer server = VigieServer.start(store, options, () -> Engines.standard(settings))) {
      err.printf(
          Locale.ROOT,
          "vigie: serving %d article(s) from %s at http://%s:%d/ (Ctrl-C stops)%n",
          store.size(),
          storeDir.data,
          bind.contains(":") ? "[" + bind + "]" : bind,
          server.port());
      err.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    server.close();
                    stopped.countDown();
                  }));
      stopped.await();
    }
    return VigieCommand.OK;
  }
}
