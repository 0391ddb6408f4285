package io.digitpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium, headless, driven by Playwright without its own browser download. */
final class Chromium {
    private static final Path EXECUTABLE =
            Path.of(System.getProperty("digitpad.chromium", "/usr/bin/chromium"));

    private Chromium() {}

    /** Playwright set up to use the installed Chromium; fails clearly when there is none. */
    static Playwright playwright() {
        assertThat(EXECUTABLE)
                .as("Chromium is needed for the browser tests: apt-get install chromium")
                .exists();
        return Playwright.create(
                new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A headless Chromium with nothing of its own going to the network. */
    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(
                        new BrowserType.LaunchOptions()
                                .setExecutablePath(EXECUTABLE)
                                .setHeadless(true)
                                .setArgs(
                                        List.of(
                                                "--no-sandbox",
                                                "--disable-gpu",
                                                "--disable-background-networking",
                                                "--disable-component-update",
                                                "--disable-sync",
                                                "--no-first-run")));
    }
}
