package io.digitpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model page in a real browser (Debian's Chromium driven by Playwright): it loads under the
 * server's Content-Security-Policy without a single complaint, and shows its charts and images.
 */
class ModelPageBrowserTest {
    @Test
    void the_model_page_shows_its_charts_and_images_without_console_or_policy_errors()
            throws IOException {
        try (RunningServer server = new RunningServer();
                Playwright playwright = Chromium.playwright();
                Browser browser = Chromium.launch(playwright)) {
            Page page =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 720))
                            .newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(
                    m -> {
                        if (m.type().equals("error") || m.type().equals("warning")) {
                            problems.add(m.type() + ": " + m.text());
                        }
                    });
            page.onPageError(error -> problems.add("page error: " + error));

            page.navigate(server.url("/model"));
            page.waitForLoadState();

            assertThat(problems).as("console errors and policy violations").isEmpty();
            assertThat(page.title()).isEqualTo("The model · digitpad");
            // The stylesheets applied: the summary's numbers sit in a row of four boxes.
            assertThat(page.locator(".stat").count()).isEqualTo(4);
            assertThat(page.locator(".stat").nth(3).boundingBox().y)
                    .isEqualTo(page.locator(".stat").nth(0).boundingBox().y);
            assertThat(page.locator("svg.heat-map").boundingBox().width).isGreaterThan(300);
            assertThat(
                            page.evalOnSelectorAll(
                                    ".mistakes img",
                                    "images => images.filter(i => i.complete"
                                            + " && i.naturalWidth === 28"
                                            + " && i.getBoundingClientRect().width > 28).length"))
                    .isEqualTo(16);
            // A count on a dark cell is white: presentation colours are not overridden by CSS.
            assertThat(
                            page.evalOnSelector(
                                    "svg.heat-map .on-dark", "t => getComputedStyle(t).fill"))
                    .isEqualTo("rgb(255, 255, 255)");

            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            page.screenshot(
                    new Page.ScreenshotOptions()
                            .setPath(folder.resolve("model-page.png"))
                            .setFullPage(true));
        }
    }
}
