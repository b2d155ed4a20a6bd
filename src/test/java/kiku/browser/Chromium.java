package kiku.browser;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through its chromedriver. Paths are fixed so Selenium never
 * tries to download a browser or a driver (city networks and CI have no internet). Without
 * them the browser tests are skipped, unless {@code KIKU_BROWSER_TEST=required} (CI sets it),
 * which turns a missing browser into a failure instead of a silent skip.
 */
final class Chromium {

    private static final File BROWSER = new File(System.getenv().getOrDefault("KIKU_CHROMIUM", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getenv().getOrDefault("KIKU_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {}

    static ChromeDriver start(Path downloads) {
        boolean present = BROWSER.canExecute() && DRIVER.canExecute();
        if (!present && "required".equals(System.getenv("KIKU_BROWSER_TEST"))) {
            throw new IllegalStateException("KIKU_BROWSER_TEST=required but " + BROWSER + " or " + DRIVER + " is missing");
        }
        Assumptions.assumeTrue(present, "chromium and chromedriver are not installed: browser test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        // --no-sandbox: CI runs as root in a container, where Chrome's sandbox cannot start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=ja",
                "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "ja"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
