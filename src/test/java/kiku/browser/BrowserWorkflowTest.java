package kiku.browser;

import static kiku.Api.RATER2;
import static kiku.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The DX officer's day in a real browser: sign in → log a hearing → create an issue from it →
 * score it in the sheet with the keyboard → see it ranked → reorder with what-if weights →
 * download the CSV. Runs against the test server with its JavaScript (htmx) and CSP in force.
 */
@QuarkusTest
class BrowserWorkflowTest {

    private static final String USER = "b-officer-rater";

    @TestHTTPResource("/")
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeEach
    void start() throws IOException {
        downloads = Files.createTempDirectory("kiku-downloads");
        browser = Chromium.start(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromHearingToRankedIssueToCsv() throws IOException {
        Criteria.reset();
        long effect = Criteria.benefit("市民への効果", 3);
        long urgency = Criteria.benefit("緊急度", 1);
        long department = Api.department("ブラウザ試験課");
        String tag = unique("窓口");
        long rival = Api.issue(tag + " 比較用の課題", department);
        Criteria.score(RATER2, rival, Map.of(effect, 2, urgency, 5));
        Api.ensureUser(USER, List.of("officer", "rater"));

        signInOn("/hearings/new");
        long hearing = logHearing(department);
        long issue = createIssueFrom(hearing, tag + " 紙の申請書を手入力");
        scoreWithKeyboard(issue, effect, "5", "1");

        open("/backlog?q=" + tag);
        assertEquals(List.of(issue, rival), rankedIssueIds(), "effect weighs 3: the new issue leads");
        assertEverythingCameFrom(base.getHost() + ":" + base.getPort());

        WebElement effectWeight = browser.findElement(By.id("w-" + effect));
        browser.findElement(By.cssSelector("details.whatif summary")).click();
        replace(effectWeight, "1");
        replace(browser.findElement(By.id("w-" + urgency)), "5");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("backlog-results"), "▲1"));
        assertEquals(List.of(rival, issue), rankedIssueIds(), "urgency now leads: the rival moves up");

        browser.findElement(By.cssSelector("a[href^='/api/v1/backlog/export.csv']")).click();
        String csv = waitForDownload(".csv");
        assertTrue(csv.startsWith("\uFEFF"), "BOM for Excel");
        assertTrue(csv.contains(tag + " 紙の申請書を手入力") && csv.contains(tag + " 比較用の課題"), csv);
    }

    private void signInOn(String path) {
        open(path);
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("j_username")).sendKeys(USER);
        browser.findElement(By.id("j_password")).sendKeys(Api.password(USER), Keys.ENTER);
        wait.until(ExpectedConditions.urlContains(path));
    }

    private long logHearing(long department) {
        new Select(browser.findElement(By.id("f-departmentId"))).selectByValue(String.valueOf(department));
        // A date input's typed format follows the browser's locale; setting the value is exact.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-20'", browser.findElement(By.id("f-heldOn")));
        browser.findElement(By.id("f-notes")).sendKeys("## 窓口\n- 紙の申請書を手入力している\n- <script>alert(1)</script>");
        browser.findElement(By.cssSelector("form[action='/hearings/new'] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/hearings/\\d+(\\?.*)?$"));
        assertTrue(browser.findElements(By.cssSelector("script:not([src])")).isEmpty(), "notes never become script");
        assertTrue(browser.getPageSource().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "raw HTML shown as text");
        return idIn(browser.getCurrentUrl());
    }

    private long createIssueFrom(long hearing, String title) {
        browser.findElement(By.cssSelector("a[href^='/issues/new?hearing=" + hearing + "']")).click();
        wait.until(ExpectedConditions.urlContains("/issues/new"));
        assertTrue(browser.findElement(By.cssSelector("input[name=hearingIds][value='" + hearing + "']")).isSelected(),
                "the hearing is prefilled");
        browser.findElement(By.id("f-title")).sendKeys(title);
        browser.findElement(By.cssSelector("form[action='/issues/new'] button[type=submit]:not([name])")).click();
        wait.until(ExpectedConditions.urlMatches("/issues/\\d+(\\?.*)?$"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(title));
        return idIn(browser.getCurrentUrl());
    }

    /** Digits fill the cells (a one-digit scale moves on by itself); Enter saves the row. */
    private void scoreWithKeyboard(long issue, long firstCriterion, String... digits) {
        open("/scoring");
        WebElement first = browser.findElement(By.id("v-" + issue + "-" + firstCriterion));
        first.click();
        for (String digit : digits) {
            browser.switchTo().activeElement().sendKeys(digit);
        }
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#row-" + issue + " td.save [role=status]"), "保存しました"));
    }

    private List<Long> rankedIssueIds() {
        return browser.findElements(By.cssSelector("#backlog-results tbody tr a[href^='/issues/']")).stream()
                .map(a -> idIn(a.getAttribute("href"))).toList();
    }

    /** The browser's own record of what the page loaded (styles, scripts, fonts): one host only. */
    private void assertEverythingCameFrom(String host) {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertTrue(loaded.stream().anyMatch(u -> u.contains("/webjars/")), "the page loaded its assets: " + loaded);
        assertTrue(loaded.stream().allMatch(u -> u.contains("//" + host + "/")), "only Kiku's own host: " + loaded);
    }

    private void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private String waitForDownload(String suffix) {
        wait.until(d -> finished(suffix) != null);
        try {
            return Files.readString(finished(suffix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path finished(String suffix) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static long idIn(String url) {
        return Long.parseLong(url.replaceAll("\\?.*$", "").replaceAll(".*/(\\d+)$", "$1"));
    }
}
