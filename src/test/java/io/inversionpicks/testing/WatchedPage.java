package io.inversionpicks.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser page that records everything a reader would never want to see happen: console errors, uncaught
 * exceptions, dialogs (an {@code alert} means injected script ran) and Content-Security-Policy violations, from the
 * page and from every frame in it.
 */
public final class WatchedPage implements AutoCloseable {

    /** Reports CSP violations of every frame, including cross-origin iframes, through an exposed binding. */
    private static final String REPORT_CSP_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
                window.reportCspViolation(location.href + ': ' + e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

    private final BrowserContext context;
    private final Page page;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    private WatchedPage(BrowserContext context) {
        this.context = context;
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.type().equals("warning")) {
                problems.add("console " + message.type() + ": " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add("HTTP " + response.status() + " for " + response.url());
            }
        });
        page.onPageError(error -> problems.add("uncaught: " + error));
        page.onDialog(dialog -> {
            problems.add("dialog: " + dialog.message());
            dialog.dismiss();
        });
        page.exposeBinding("reportCspViolation", (source, args) -> {
            problems.add("CSP violation: " + args[0]);
            return null;
        });
        page.addInitScript(REPORT_CSP_VIOLATIONS);
    }

    public static WatchedPage open(Browser browser, Browser.NewContextOptions options) {
        return new WatchedPage(browser.newContext(options));
    }

    public static WatchedPage open(Browser browser) {
        return open(browser, new Browser.NewContextOptions().setViewportSize(1080, 900));
    }

    public Page page() {
        return page;
    }

    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** What went wrong so far, for failure messages. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public void assertNothingWentWrong() {
        assertThat(List.copyOf(problems)).as("console errors, dialogs or CSP violations").isEqualTo(List.of());
    }

    @Override
    public void close() {
        context.close();
    }
}
