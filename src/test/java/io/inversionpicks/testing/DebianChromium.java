package io.inversionpicks.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.quarkiverse.playwright.InjectPlaywright;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the machine's Debian Chromium (apt package {@code chromium}) under Playwright and injects it into
 * {@code @InjectPlaywright Browser} fields. Playwright's own browser builds are never downloaded: only Maven
 * Central and Debian are reachable, so the driver is told to skip the download and is pointed at
 * {@code /usr/bin/chromium} (override with the CHROMIUM_PATH environment variable).
 */
public class DebianChromium implements QuarkusTestResourceLifecycleManager {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update");

    private Playwright playwright;
    private Browser browser;

    @Override
    public Map<String, String> start() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable))
                .setHeadless(true).setArgs(ARGS).setEnv(env));
        return Map.of();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(browser, new TestInjector.AnnotatedAndMatchesType(InjectPlaywright.class,
                Browser.class));
    }

    @Override
    public void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
