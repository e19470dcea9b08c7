package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.store.VigieStore;

/**
 * The API against a real server on a random port over a real store (samples and hand-built
 * articles): shapes, the OpenAPI document against the routes, the ingest token, and hostile
 * requests answered as JSON errors while the server keeps serving.
 */
class ApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "test-token-0123456789abcdef";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static VigieStore store;
  static VigieServer server;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    store = TestCorpus.build(dir.resolve("data"));
    server =
        VigieServer.start(
            store,
            ServerOptions.defaults(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024),
            TestCorpus::cleaning);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  record Answer(int status, JsonNode json, HttpResponse<String> raw) {}

  static Answer get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), parse(r), r);
  }

  static Answer post(String path, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), parse(r), r);
  }

  /**
   * The answer to an ingest whose headers announce {@code length} bytes, of which none are sent:
   * the server must refuse it from its length, before reading a body. (Sending the body with a
   * client makes the test race the server's early close: the client, still writing, may see a reset
   * before it reads the 413.)
   */
  static String oversizedIngest(int length) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(60_000);
      String head =
          "POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + TOKEN
              + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: "
              + length
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode parse(HttpResponse<String> r) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/json")) {
      return null;
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void healthCountsTheArticles() throws Exception {
    Answer a = get("/api/health");
    assertEquals(200, a.status());
    assertEquals("ok", a.json().get("status").asText());
    assertTrue(a.json().get("articles").asInt() >= 3, a.json().toString());
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteAnswers() throws Exception {
    JsonNode doc = get("/openapi.json").json();
    assertEquals("3.0.3", doc.get("openapi").asText());
    JsonNode paths = doc.get("paths");
    int documented = 0;
    for (Route r : server.routes()) {
      JsonNode op = paths.path(r.path()).path(r.method().toLowerCase(java.util.Locale.ROOT));
      assertFalse(op.isMissingNode(), r.method() + " " + r.path() + " is not documented");
    }
    Map<String, String> examples =
        Map.of("{id}", "veille-1", "{key}", enc("Maria Zakharova"), "{story}", "x");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      String path = p.getKey();
      if (path.startsWith("/api/stories/")) {
        String story = get("/api/stories").json().get("stories").get(0).get("story").asText();
        path = path.replace("{id}", enc(story));
      }
      for (Map.Entry<String, String> e : examples.entrySet()) {
        path = path.replace(e.getKey(), e.getValue());
      }
      for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        documented++;
        Answer a =
            method.equals("post")
                ? post(path, "{\"id\":\"doc-check\",\"text\":\"Un texte bref.\"}", TOKEN)
                : get(path);
        assertEquals(200, a.status(), method + " " + path + ": " + a.raw().body());
        assertTrue(a.json() != null, method + " " + path + " answers JSON");
      }
    }
    assertEquals(server.routes().size(), documented, "documented routes are the served routes");
  }

  @Test
  void searchGivesHitsWithHighlightsAndFacets() throws Exception {
    JsonNode r = get("/api/search?q=vigilants&facets=5").json();
    assertEquals(1, r.get("total").asInt(), r.toString());
    JsonNode hit = r.get("hits").get(0);
    assertEquals("veille-1", hit.get("id").asText());
    boolean marked = false;
    for (JsonNode part : hit.get("highlights")) {
      marked |= part.get("match").asBoolean() && part.get("text").asText().equals("vigilants");
    }
    assertTrue(marked, hit.toString());
    assertEquals("Le Veilleur", r.get("facets").get("outlet").get(0).get("value").asText());
    // A handful of matches: every one counted.
    assertFalse(r.get("facetsApproximate").asBoolean(), r.toString());
    JsonNode filtered = get("/api/search?q=*&outlet=" + enc("La Sentinelle")).json();
    assertEquals(1, filtered.get("total").asInt());
    JsonNode dated = get("/api/search?q=*&from=2021-05&to=2021-05").json();
    assertEquals("veille-2", dated.get("hits").get(0).get("id").asText());
  }

  @Test
  void searchPagesThroughResults() throws Exception {
    JsonNode first = get("/api/search?q=*&size=2&page=1").json();
    JsonNode second = get("/api/search?q=*&size=2&page=2").json();
    assertEquals(2, first.get("hits").size());
    assertEquals(2, second.get("hits").size());
    JsonNode both = get("/api/search?q=*&size=4&page=1").json();
    assertEquals(both.get("hits").get(2).get("id"), second.get("hits").get(0).get("id"));
    assertFalse(
        first.get("hits").get(0).get("id").equals(second.get("hits").get(0).get("id")),
        "page 2 starts after page 1");
  }

  @Test
  void articleIsTheContractShapeAndRawGivesTheOffsetMap() throws Exception {
    JsonNode a = get("/api/articles/veille-1").json();
    for (String field :
        new String[] {
          "id",
          "source",
          "title",
          "text",
          "entities",
          "quotes",
          "timexes",
          "events",
          "unassertedEvents"
        }) {
      assertTrue(a.has(field), field);
    }
    assertEquals(
        "Maria Zakharova", a.get("quotes").get(0).get("speaker").get("canonical").asText());
    JsonNode raw = get("/api/articles/veille-1?raw=1").json();
    assertTrue(raw.get("removed").isArray(), raw.toString());
  }

  @Test
  void quotesFindASpeakerInAnySpellingAndDateRange() throws Exception {
    JsonNode all = get("/api/quotes?speaker=zakharova").json();
    assertEquals(2, all.get("total").asInt(), all.toString());
    assertEquals("Maria Zakharova", all.get("speaker").asText());
    assertEquals("2021-03-04", all.get("statements").get(0).get("date").asText());
    JsonNode may = get("/api/quotes?speaker=" + enc("MARIA ZAKHAROVA") + "&from=2021-05-01").json();
    assertEquals(1, may.get("total").asInt(), may.toString());
    assertEquals("Le dialogue continue", may.get("statements").get(0).get("text").asText());
  }

  @Test
  void entitiesMergeSpellingsAndKnowTheirPlace() throws Exception {
    JsonNode places = get("/api/entities?type=LOCATION&q=moscou").json();
    JsonNode moscou = places.get("entities").get(0);
    assertEquals("Moscou", moscou.get("canonical").asText());
    assertEquals(55.75222, moscou.get("geo").get("lat").asDouble(), 1e-6);
    JsonNode person = get("/api/entities/" + enc("zakharova")).json();
    assertEquals("Maria Zakharova", person.get("canonical").asText());
    assertTrue(person.get("articleList").size() >= 2, person.toString());
  }

  @Test
  void eventsGroupTwoReportsOfOneStrikeAndFilter() throws Exception {
    JsonNode r = get("/api/events?place=stepanakert").json();
    assertEquals(1, r.get("total").asInt(), r.toString());
    JsonNode strike = r.get("incidents").get(0);
    assertEquals("drone-strike", strike.get("subtype").asText());
    assertEquals(2, strike.get("mentions").size(), "two outlets, one incident");
    assertEquals(2, strike.get("killedMin").asInt());
    assertEquals(3, strike.get("killedMax").asInt());
    assertEquals(1, strike.get("disagreements").size(), strike.toString());
    assertTrue(
        strike.get("mentions").get(0).get("sentence").asText().contains("Stepanakert"),
        "each mention carries its sentence");
    assertEquals("Stepanakert", r.get("places").get(0).get("name").asText());
    assertEquals(0, get("/api/events?from=2021-04-01&to=2021-05-31").json().get("total").asInt());
    assertEquals(0, get("/api/events?type=PROTEST").json().get("total").asInt());
    assertEquals(2, get("/api/events?type=ASSAULT&from=2021-03").json().get("total").asInt());
    JsonNode bySoldiers = get("/api/events?entity=soldats&mentions=1").json();
    assertEquals(3, bySoldiers.get("total").asInt(), bySoldiers.toString());
    assertEquals(2, get("/api/events?size=1&page=2").json().get("page").asInt());
  }

  @Test
  void storiesAndOutletsAnswer() throws Exception {
    JsonNode stories = get("/api/stories").json();
    assertTrue(stories.get("total").asInt() >= 1);
    String id = stories.get("stories").get(0).get("story").asText();
    JsonNode story = get("/api/stories/" + enc(id)).json();
    assertFalse(story.get("articleList").isEmpty());
    JsonNode outlets = get("/api/outlets").json();
    boolean quotes = false;
    for (JsonNode o : outlets.get("outlets")) {
      if (o.get("outlet").asText().equals("Le Veilleur")) {
        quotes = o.get("speakers").get(0).get("value").asText().equals("Maria Zakharova");
      }
    }
    assertTrue(quotes, outlets.toString());
  }

  @Test
  void ingestNeedsTheTokenAndAnswersAfterCommit() throws Exception {
    String line =
        "{\"id\":\"posted-1\",\"outlet\":\"Agence\",\"text\":\"Le ministre des Affaires"
            + " étrangères a annoncé mardi à Paris la réouverture de l'ambassade, fermée depuis le"
            + " début du conflit, et le retour de son personnel dans les prochaines semaines.\"}";
    assertEquals(401, post("/api/ingest", line, null).status());
    assertEquals(401, post("/api/ingest", line, "wrong-token-0123456789").status());
    Answer ok = post("/api/ingest", line + "\n{not json}\n", TOKEN);
    assertEquals(200, ok.status(), ok.raw().body());
    assertEquals(1, ok.json().get("failed").asInt());
    assertEquals(200, get("/api/articles/posted-1").status(), "visible once answered");
    Answer notLines = post("/api/ingest", "plain text", TOKEN);
    assertEquals(400, notLines.status());
    String big = oversizedIngest(200_000);
    assertTrue(big.startsWith("HTTP/1.1 413"), big);
    assertTrue(big.contains("\"payload-too-large\""), big);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/api/search?page=-1, 400",
    "/api/search?size=1000000, 400",
    "/api/search?size=abc, 400",
    "/api/search?page=900&size=100, 400",
    "/api/search?q=AND+%28, 400",
    "/api/search?q=%22unbalanced, 400",
    "/api/search?q=*leading, 400",
    "/api/search?q=%2F(a%7Cb)*.%7B0%2C2000%7D%5B%5Ea%5D%7B0%2C2000%7D%2F, 400",
    "/api/search?from=yesterday, 400",
    "/api/search?from=2021-06&to=2021-01, 400",
    "/api/entities?type=ALIEN, 400",
    "/api/events?modality=maybe, 400",
    "/api/events?from=2021-06&to=2021-01, 400",
    "/api/events?size=1000000, 400",
    "/api/articles/no-such-article, 404",
    "/api/articles/..%2F..%2Fetc%2Fpasswd, 404",
    "/api/entities/nobody-at-all, 404",
    "/api/stories/nothing, 404",
    "/api/nothing, 404",
    "/../../etc/passwd, 404",
    "/%2e%2e/%2e%2e/etc/passwd, 404",
  })
  void hostileRequestsGetAJsonError(String path, int status) throws Exception {
    Answer a = get(path);
    assertTrue(a.status() >= 400 && a.status() < 500, path + " -> " + a.status());
    if (a.json() != null) {
      assertEquals(status, a.status(), path + ": " + a.raw().body());
      assertFalse(a.json().get("message").asText().isBlank());
      assertFalse(a.raw().body().contains("at org."), "no stack trace: " + a.raw().body());
    } else {
      assertFalse(a.raw().body().contains("root:"), path + " leaked a file");
    }
    assertEquals(200, get("/api/health").status(), "the server keeps serving");
  }

  @Test
  void aHundredKilobyteQueryIsRefusedAsJson() throws Exception {
    Answer a = get("/api/search?q=" + "a".repeat(100_000));
    assertEquals(400, a.status());
    assertTrue(a.json().get("message").asText().contains("too long"), a.raw().body());
  }

  @Test
  void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
    for (String path : new String[] {"/", "/app.js", "/api/health", "/api/nothing"}) {
      HttpResponse<String> r = get(path).raw();
      assertEquals(
          VigieServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
    }
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertEquals("127.0.0.1", ServerOptions.defaults(8080).bind());
    assertEquals(null, ServerOptions.defaults(8080).token(), "ingest is off by default");
  }
}
