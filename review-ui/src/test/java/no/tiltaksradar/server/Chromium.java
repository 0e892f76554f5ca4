package no.tiltaksradar.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * (scripts/test-packages.sh installs them), named by path so Selenium never goes looking for a download.
 */
final class Chromium {
    private static final File BROWSER = new File(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final File DRIVER = new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** A fresh browser with its own throw-away profile, at the 1280×800 the screens are made for. */
    static ChromeDriver start() {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("the browser tests need " + BROWSER + " and " + DRIVER
                    + ": run scripts/test-packages.sh as root (Debian packages chromium and chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,800", "--lang=nb-NO",
                "--user-data-dir=" + tempDir("chromium-profile-"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Keeps what the browser shows as target/screenshots/{name}.png, for a reviewer to look at. */
    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page behind the login form, logs in there as this user and waits until the browser has left the form. */
    static void logIn(WebDriver driver, String url, String user, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(url);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The finished download with this ending in the folder (Chromium writes *.crdownload until it is complete). */
    static Path download(WebDriver driver, Path folder, String ending) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
