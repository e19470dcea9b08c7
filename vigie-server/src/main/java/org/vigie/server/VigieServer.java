package org.vigie.server;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.vigie.analysis.Analyzer;
import org.vigie.store.StoreException;
import org.vigie.store.VigieStore;

/**
 * The HTTP server: the API routes, {@code /openapi.json} built from the same table, and the web UI
 * from the classpath. Each API request runs on a bounded worker pool with a deadline, so a slow
 * query or a flood of connections costs a 503, not the process. Every response carries a strict
 * Content-Security-Policy (scripts and styles from this origin only, no inline code).
 */
public final class VigieServer implements Closeable {
  /** The CSP of every response: nothing inline, nothing from elsewhere. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CSP,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "X-Frame-Options", "DENY",
          "Cross-Origin-Opener-Policy", "same-origin");

  private static final String JSON = "application/json; charset=utf-8";
  private static final String WEB = "/org/vigie/server/web";

  private final Javalin app;
  private final ThreadPoolExecutor workers;
  private final List<Route> routes;

  private VigieServer(Javalin app, ThreadPoolExecutor workers, List<Route> routes) {
    this.app = app;
    this.workers = workers;
    this.routes = routes;
  }

  /**
   * Starts serving {@code store} (opened for writing when the options carry a token). {@code
   * analyzer} is asked for only when an ingest arrives, so the models load on first use.
   */
  public static VigieServer start(
      VigieStore store, ServerOptions options, Supplier<Analyzer> analyzer) {
    ThreadPoolExecutor workers =
        new ThreadPoolExecutor(
            options.workers(),
            options.workers(),
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(options.queue()),
            daemonThreads());
    List<Route> routes = new ArrayList<>(new ApiRoutes(store, new CorpusViews(store)).routes());
    routes.addAll(new ReportRoutes(store).routes());
    routes.add(
        new IngestRoute(store, memoize(analyzer), options.token(), options.maxBodyBytes()).route());
    String openApi = Json.write(OpenApi.document(routes, "0.1.0"));
    Javalin app =
        Javalin.create(
            config -> {
              config.jetty.host = options.bind();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxBodyBytes();
              config.http.prefer405over404 = true;
              config.startup.showJavalinBanner = false;
              // A long query must reach the handler, which answers it with a JSON 400.
              config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(256 * 1024));
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                    files.headers = SECURITY_HEADERS;
                  });
              config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
              for (Route r : routes) {
                HandlerType type = r.method().equals("POST") ? HandlerType.POST : HandlerType.GET;
                config.routes.addHttpHandler(
                    type, r.path(), ctx -> dispatch(r, ctx, workers, options));
              }
              config.routes.get("/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
              config.routes.exception(
                  Exception.class, (e, ctx) -> respond(ctx, errorStatus(e), errorMessage(e)));
              for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
                config.routes.error(
                    status,
                    ctx -> {
                      String result = ctx.result();
                      if (result == null || !result.startsWith("{")) {
                        respond(ctx, status, defaultMessage(status, ctx.path()));
                      }
                    });
              }
            });
    app.start();
    return new VigieServer(app, workers, List.copyOf(routes));
  }

  private static void dispatch(
      Route route, io.javalin.http.Context ctx, ThreadPoolExecutor workers, ServerOptions options) {
    long length = ctx.contentLength();
    if (length > options.maxBodyBytes()) {
      respond(ctx, 413, "body larger than " + options.maxBodyBytes() + " bytes");
      return;
    }
    Request request =
        new Request(ctx::pathParam, ctx::queryParam, ctx::header, ctx::bodyInputStream);
    CompletableFuture<Object> work;
    try {
      work =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return route.action().run(request);
                } catch (RuntimeException e) {
                  throw e;
                } catch (Exception e) {
                  throw new CompletionException(e);
                }
              },
              workers);
    } catch (RejectedExecutionException e) {
      respond(ctx, 503, "server busy: too many requests at once, retry shortly");
      return;
    }
    ctx.future(
        () ->
            work.orTimeout(route.timeoutOr(options.timeout()).toMillis(), TimeUnit.MILLISECONDS)
                .handle(
                    (value, error) -> {
                      // Javalin writes what the future's callback sets, not the future's value.
                      if (error == null) {
                        ctx.status(200).contentType(JSON).result(Json.bytes(value));
                      } else {
                        Throwable cause = unwrap(error);
                        respond(ctx, errorStatus(cause), errorMessage(cause));
                      }
                      return null;
                    }));
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException
            || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static int errorStatus(Throwable e) {
    if (e instanceof ApiException api) {
      return api.status();
    }
    if (e instanceof StoreException
        || e instanceof IllegalArgumentException
        || e instanceof org.apache.lucene.util.automaton.TooComplexToDeterminizeException) {
      return 400; // a query the store refuses (syntax, too many terms) or a bad filter
    }
    if (e instanceof TimeoutException) {
      return 503;
    }
    if (e instanceof io.javalin.http.HttpResponseException h) {
      return h.getStatus();
    }
    return 500;
  }

  private static String errorMessage(Throwable e) {
    if (e instanceof TimeoutException) {
      return "request took too long and was abandoned";
    }
    if (errorStatus(e) == 500) {
      // The detail goes to the server's log, never to the client.
      System.err.println("vigie serve: internal error: " + e);
      return "internal error";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String defaultMessage(int status, String path) {
    String where = Params.clip(path);
    return switch (status) {
      case 404 -> "nothing at " + where;
      case 405 -> "method not allowed at " + where;
      case 413 -> "request too large";
      case 414, 431 -> "request line or headers too long";
      case 400 -> "bad request";
      default -> "internal error";
    };
  }

  private static void respond(io.javalin.http.Context ctx, int status, String message) {
    ctx.status(status).contentType(JSON).result(Json.error(status, message));
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "vigie-serve-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static Supplier<Analyzer> memoize(Supplier<Analyzer> analyzer) {
    return new Supplier<>() {
      private Analyzer made;

      @Override
      public synchronized Analyzer get() {
        if (made == null) {
          made = analyzer.get();
        }
        return made;
      }
    };
  }

  /** The port listened on (the one chosen when the options asked for 0). */
  public int port() {
    return app.port();
  }

  /** The API routes as served and documented (method and path). */
  List<Route> routes() {
    return routes;
  }

  @Override
  public void close() {
    app.stop();
    workers.shutdownNow();
  }
}
