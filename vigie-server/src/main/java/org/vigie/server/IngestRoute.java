package org.vigie.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vigie.analysis.AnalysisOutcome;
import org.vigie.analysis.Analyzer;
import org.vigie.ingest.IngestLimits;
import org.vigie.ingest.InputScanner;
import org.vigie.ingest.RawArticle;
import org.vigie.store.CorpusIngest;
import org.vigie.store.VigieStore;

/**
 * {@code POST /api/ingest}: a JSON Lines body (CONTRACT.md's input lines) analysed into the store,
 * answered once the articles are committed. Off unless the server has a token; the bearer token is
 * compared in constant time (digests of equal length). The body is read up to its limit and no
 * further; one ingest runs at a time (the store has one writer).
 */
final class IngestRoute {
  private static final int FAILURES_LISTED = 100;
  static final java.time.Duration INGEST_TIMEOUT = java.time.Duration.ofMinutes(15);

  private final VigieStore store;
  private final Supplier<Analyzer> analyzer;
  private final byte[] tokenDigest;
  private final long maxBody;
  private final Object writing = new Object();

  IngestRoute(VigieStore store, Supplier<Analyzer> analyzer, String token, long maxBody) {
    this.store = store;
    this.analyzer = analyzer;
    this.tokenDigest = token == null ? null : digest(token);
    this.maxBody = maxBody;
  }

  Route route() {
    return new Route(
        "POST",
        "/api/ingest",
        "Analyse JSON Lines articles into the store; needs the bearer token, answers after commit.",
        List.of(),
        "JSON Lines: one article per line with text or html, and optionally id, url, title,"
            + " published, outlet, language; at most "
            + maxBody
            + " bytes.",
        // Analysis is slow (the first request also loads the models): ingest has minutes.
        INGEST_TIMEOUT,
        this::ingest);
  }

  private Object ingest(Request r) throws IOException, InterruptedException {
    if (tokenDigest == null) {
      throw new ApiException(403, "ingest is off: start vigie serve with --token-file");
    }
    String auth = r.header("Authorization");
    if (auth == null
        || !auth.startsWith("Bearer ")
        || !MessageDigest.isEqual(tokenDigest, digest(auth.substring(7).strip()))) {
      throw new ApiException(401, "a valid bearer token is needed to ingest");
    }
    byte[] body;
    try (InputStream in = r.body()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
    }
    if (body.length > maxBody) {
      throw new ApiException(413, "body larger than " + maxBody + " bytes");
    }
    String head =
        new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
    if (!head.startsWith("{")) {
      throw ApiException.badRequest("the body must be JSON Lines: one JSON object per line");
    }
    List<Map<String, String>> failures = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    CorpusIngest.Report report;
    synchronized (writing) {
      Analyzer a = analyzer.get();
      try (InputScanner inputs =
          new InputScanner(
              List.of("-"), new IngestLimits(maxBody), new ByteArrayInputStream(body))) {
        report =
            new CorpusIngest(store, a, 1, CorpusIngest.DEFAULT_BATCH)
                .run(
                    inputs,
                    new CorpusIngest.Listener() {
                      @Override
                      public void stored(VigieStore.Stored stored) {
                        if (ids.size() < 10_000) {
                          ids.add(stored.id());
                        }
                      }

                      @Override
                      public void failed(AnalysisOutcome.Failed failure) {
                        if (failures.size() < FAILURES_LISTED) {
                          Map<String, String> f = new LinkedHashMap<>();
                          f.put("location", failure.location());
                          f.put("message", failure.oneLine());
                          failures.add(f);
                        }
                      }

                      @Override
                      public void skipped(RawArticle raw) {
                        if (ids.size() < 10_000) {
                          ids.add(raw.id());
                        }
                      }
                    });
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("added", report.added());
    out.put("replaced", report.replaced());
    out.put("unchanged", report.unchanged() + report.skipped());
    out.put("duplicates", report.duplicates());
    out.put("failed", report.failed());
    out.put("articles", store.size());
    out.put("ids", ids);
    out.put("failures", failures);
    return out;
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
