package org.vigie.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.vigie.store.VigieStore;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver): the analyst's
 * path from a search to a speaker's page, and an article whose title, text, outlet and speaker hold
 * script and HTML that must show as text and run nothing. Skips with a reason when Chromium is
 * missing, except under CI=true, where a missing browser fails the build.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static VigieStore store;
  static VigieServer server;
  static WebDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String reason = "no Chromium: apt-get install -y chromium chromium-driver";
      if ("true".equals(System.getenv("CI"))) {
        fail("browser tests cannot run under CI: " + reason);
      }
      Assumptions.abort(reason);
    }
    store = TestCorpus.build(dir.resolve("data"));
    server = VigieServer.start(store, ServerOptions.defaults(0), TestCorpus::cleaning);
    base = "http://127.0.0.1:" + server.port() + "/";
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void searchFacetArticleQuoteSpeaker() throws Exception {
    browser.get(base + "#/search");
    WebElement query = waitFor(By.id("q"));
    String everything = waitFor(By.id("total")).getText();
    query.sendKeys("Zakharova", Keys.ENTER);
    waitForChange(By.id("total"), everything);
    WebElement facet = find("a[data-dim='outlet']", "Le Veilleur");
    facet.sendKeys(Keys.ENTER); // links work from the keyboard
    waitForText(By.id("total"), "1 ");
    screenshot("search.png");
    waitFor(By.cssSelector("a.hit-link")).sendKeys(Keys.ENTER);
    WebElement quote = waitFor(By.cssSelector("#article-text .ann.quote"));
    assertEquals("Nous resterons vigilants", quote.getText());
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", quote);
    WebElement speaker = waitFor(By.cssSelector("#panel a.speaker-link"));
    assertEquals("Maria Zakharova", speaker.getText());
    screenshot("article.png");
    speaker.sendKeys(Keys.ENTER);
    waitForText(By.id("speaker-name"), "Maria Zakharova");
    List<WebElement> statements = browser.findElements(By.cssSelector("tr.statement"));
    assertEquals(2, statements.size(), "both spellings are one speaker");
  }

  @Test
  void hostileArticleShowsAsTextAndRunsNothing() throws Exception {
    browser.get(base + "#/article/" + TestCorpus.HOSTILE_ID);
    WebElement title = waitFor(By.id("article-title"));
    assertEquals(TestCorpus.HOSTILE_TITLE, title.getText());
    assertTrue(
        waitFor(By.id("article-text")).getText().contains("<script>window.__pwned=5</script>"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].focus()", waitFor(By.cssSelector("#article-text .ann.quote")));
    waitFor(By.cssSelector("#panel a.speaker-link"));
    browser.get(base + "#/search?q=" + "pi%C3%A9g%C3%A9");
    waitForText(By.id("total"), "1 ");
    browser.get(base + "#/outlets");
    waitFor(By.id("outlets"));
    browser.get(base + "#/speaker/" + "%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D9%3E");
    waitForText(By.id("speaker-name"), "<img src=x onerror=window.__pwned=9>");
    Thread.sleep(300); // let any injected handler fire if one had been created
    assertTrue(
        browser.findElements(By.cssSelector("main img, main script, main [onerror]")).isEmpty(),
        "no element was created from article data");
    Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned");
    assertEquals(null, pwned, "no script from article data ran");
    for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
      assertFalse(a.getAttribute("href").startsWith("javascript:"), a.getAttribute("href"));
    }
  }

  @Test
  void eventsTimelineAndBulletinFromTheKeyboardWithAMap() throws Exception {
    browser.get(base + "#/search");
    waitFor(By.cssSelector("#nav a[data-label='events']")).sendKeys(Keys.ENTER);
    WebElement place = waitFor(By.id("f-place"));
    place.sendKeys("stepanakert", Keys.ENTER);
    waitForText(By.id("events-total"), "1 ");
    WebElement row = waitFor(By.cssSelector("#events tr.incident"));
    assertTrue(row.getText().contains("drone-strike"), row.getText());
    assertTrue(row.getText().contains("2–3"), "the two tolls as a range: " + row.getText());
    assertEquals(2, row.findElements(By.cssSelector("a.source-link")).size(), "two sources");
    waitFor(By.cssSelector("svg.map circle"));
    assertTrue(browser.findElements(By.cssSelector("svg.map path")).size() > 50, "outline");
    screenshot("events.png");
    row.findElement(By.cssSelector("a.source-link")).sendKeys(Keys.ENTER);
    waitFor(By.id("article-title"));

    browser.get(base + "#/search");
    waitFor(By.cssSelector("#nav a[data-label='timeline']")).sendKeys(Keys.ENTER);
    WebElement day = waitFor(By.cssSelector("#timeline h2.day"));
    assertTrue(day.getText().matches("\\d{4}-\\d{2}-\\d{2}"), day.getText());
    assertFalse(browser.findElements(By.cssSelector("#timeline a.source-link")).isEmpty());

    browser.get(base + "#/bulletin?date=2021-03-03&days=2");
    WebElement incident = waitFor(By.cssSelector("#bulletin-incidents li.incident"));
    assertTrue(incident.getText().contains("Stepanakert"), incident.getText());
    waitFor(By.cssSelector("svg.map circle"));
    waitFor(By.id("f-days")).sendKeys(Keys.BACK_SPACE, "3", Keys.ENTER);
    waitForText(By.id("bulletin-title"), "Bulletin 2021-03-03");
  }

  @Test
  void hostileEventSentenceAndPlaceShowAsTextAndRunNothing() throws Exception {
    browser.get(base + "#/events?from=2021-06-01");
    waitForContains(By.cssSelector("#events tr.incident"), TestCorpus.HOSTILE_PLACE);
    waitForContains(By.cssSelector("#events tr.incident"), "<script>window.__pwned=5</script>");
    waitFor(By.cssSelector("svg.map circle"));
    waitForContains(By.cssSelector("ul.places"), TestCorpus.HOSTILE_PLACE);
    browser.get(base + "#/bulletin?date=2021-06-01");
    waitFor(By.cssSelector("#bulletin-incidents li.incident"));
    browser.get(base + "#/timeline?from=2021-06");
    waitFor(By.cssSelector("#timeline h2.day"));
    Thread.sleep(300); // let any injected handler fire if one had been created
    assertTrue(
        browser
            .findElements(By.cssSelector("main img, main script, main [onerror], main [onload]"))
            .isEmpty(),
        "no element was created from event data");
    assertEquals(
        null,
        ((JavascriptExecutor) browser).executeScript("return window.__pwned"),
        "no script from event data ran");
  }

  @Test
  void everyPageRendersAndSwitchesLanguage() {
    browser.get(base + "#/entities?type=LOCATION");
    find("#entities a", "Moscou").sendKeys(Keys.ENTER);
    waitForText(By.id("entity-name"), "Moscou");
    assertTrue(browser.findElement(By.tagName("main")).getText().contains("55.75222"));
    // The map draws offline: the world outline ships with the UI, and the page reaches nothing
    // else.
    waitFor(By.cssSelector("svg.map circle"));
    assertTrue(
        browser.findElements(By.cssSelector("svg.map path")).size() > 50, "coastlines drawn");
    browser.get(base + "#/stories");
    waitFor(By.cssSelector("#stories li a")).sendKeys(Keys.ENTER);
    waitFor(By.id("story-title"));
    assertFalse(browser.findElements(By.cssSelector("main ul li a")).isEmpty());
    waitFor(By.id("lang")).click();
    waitForText(By.cssSelector("#nav a"), "Search");
    waitFor(By.id("lang")).click();
    waitForText(By.cssSelector("#nav a"), "Recherche");
  }

  private static WebElement find(String css, String text) {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end) {
      try {
        for (WebElement e : browser.findElements(By.cssSelector(css))) {
          if (e.getText().equals(text)) {
            return e;
          }
        }
      } catch (StaleElementReferenceException e) {
        // re-rendered: look again
      }
      pause();
    }
    throw new AssertionError("no " + css + " reading " + text + " in " + page());
  }

  private static WebElement waitFor(By by) {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end) {
      try {
        List<WebElement> found = browser.findElements(by);
        if (!found.isEmpty() && found.get(0).isDisplayed()) {
          return found.get(0);
        }
      } catch (StaleElementReferenceException e) {
        // the page re-rendered between finding and asking: look again
      }
      pause();
    }
    throw new AssertionError("no " + by + " in " + page());
  }

  private static void waitForChange(By by, String before) {
    waitForTextThat(by, seen -> !seen.equals(before), "other than " + before);
  }

  private static void waitForText(By by, String text) {
    waitForTextThat(by, seen -> seen.startsWith(text), "starting " + text);
  }

  private static void waitForContains(By by, String text) {
    waitForTextThat(by, seen -> seen.contains(text), "holding " + text);
  }

  /** Waits until the first element found reads text that passes {@code test}. */
  private static void waitForTextThat(
      By by, java.util.function.Predicate<String> test, String what) {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String seen = null;
    while (System.nanoTime() < end) {
      try {
        List<WebElement> found = browser.findElements(by);
        if (!found.isEmpty()) {
          seen = found.get(0).getText();
          if (test.test(seen)) {
            return;
          }
        }
      } catch (StaleElementReferenceException e) {
        // re-rendered: look again
      }
      pause();
    }
    throw new AssertionError(by + " reads " + seen + ", not text " + what + "; page: " + page());
  }

  private static String page() {
    List<WebElement> main = browser.findElements(By.tagName("main"));
    return main.isEmpty() ? "(no main)" : main.get(0).getText();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Saves a screenshot when -Dvigie.screenshots=DIR is given (the README's pictures). */
  private static void screenshot(String name) throws IOException {
    String target = System.getProperty("vigie.screenshots");
    if (target != null && !target.isBlank()) {
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.createDirectories(Path.of(target));
      Files.copy(shot.toPath(), Path.of(target, name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
