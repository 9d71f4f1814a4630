package io.inversionpicks.widget;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.inversionpicks.testing.DebianChromium;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What the widget costs a blog's Core Web Vitals, measured the way Chromium reports them: a long post with the embed
 * after two paragraphs, both embedding forms, at 1280 and 320 px, cold and with a warm HTTP cache (a second visit in
 * the same browser context), for the cards, the comparison table and the reader form (answered). Every request goes
 * through Chromium's network emulation with a round trip of {@link #LATENCY_MS}, as on a real connection, so the
 * script arrives after the post's first paint, as it does for readers: on loopback it could win that race and hide
 * the shift.
 * <p>
 * Asserted: the layout shift on the host page (the sum of {@code layout-shift} entries without recent input; layout
 * shift is deterministic enough to assert) at most 0.01, inside the iframe page too, and at most 2 requests to the
 * service on a warm cache for the script form, and that no script of the service reads layout on the blog's page
 * (each such read, with the layout out of date, lays out the whole post inside the widget's task). Reported only,
 * being times (timing targets live in src/bench), in target/cwv/widget-vitals.md, with what ran in each long task
 * and long animation frame: long tasks on the host's main thread (all of them, and the longest run of the
 * service's scripts within a long animation frame, asserted under 50 ms with {@code -Dcwv.assertLongTasks=true} on a
 * quiet machine: on 2 shared cores a 10 ms script stretches past 50), the long tasks of the same post without the
 * embed (what a visit has anyway), and the time to the first retailer link.
 * {@code -Dcwv.forms=SCRIPT,IFRAME} measures only those forms.
 */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetCoreWebVitalsBrowserTest extends BrowserTestBase {

    static final double MAX_CLS = 0.01;
    static final int MAX_WARM_SCRIPT_REQUESTS = 2;
    static final int LATENCY_MS = 100;
    /** A task this long blocks the reader's input (the Long Tasks API's threshold). */
    static final double LONG_TASK_MS = 50;
    /** Longer than the 500 ms after an input within which the Layout Instability API forgives a shift. */
    static final int SLOW_ANSWER_LATENCY_MS = 700;

    /** What the snippet carries (README, builder) so that the element has its space before the script runs. */
    static final String RESERVE = "style=\"display:block;min-height:100vh\"";
    static final String IDS = "teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000";

    /**
     * Registered in every frame before anything of the page runs: layout shifts, long tasks, and the moment the first
     * retailer link is rendered (in the host's widgets' shadow roots, or in the iframe page itself), in epoch
     * milliseconds so the iframe's figure compares with the host's.
     */
    private static final String OBSERVE = """
            ((SERVICE) => {
              const v = window.__vitals = { cls: 0, inputCls: 0, shifts: 0, longTasks: 0, longTaskMs: 0,
                                            firstLink: 0, origin: performance.timeOrigin };
              new PerformanceObserver(list => list.getEntries().forEach(e => {
                if (e.hadRecentInput) { v.inputCls += e.value; return; }
                v.cls += e.value; v.shifts++;
                v.moved = (v.moved || []).concat(e.sources.map(s => (s.node ? s.node.nodeName + '.'
                  + (s.node.className || '') : '?') + ' y ' + s.previousRect.y + '->' + s.currentRect.y + ' x '
                  + s.previousRect.x + '->' + s.currentRect.x + ' w ' + s.previousRect.width + '->'
                  + s.currentRect.width + ' at ' + Math.round(e.startTime)));
              })).observe({ type: 'layout-shift', buffered: true });
              // Every read of layout by the service's scripts: with the layout out of date, each forces the browser
              // to lay out the whole page inside the widget's task. The widget takes sizes from observers instead.
              v.layoutReads = [];
              const watchRead = (owner, name, accessor) => {
                const d = Object.getOwnPropertyDescriptor(owner, name);
                if (!d) { return; }
                const wrap = f => function () {
                  if ((new Error().stack || '').includes(SERVICE)) { v.layoutReads.push(name); }
                  return f.apply(this, arguments);
                };
                Object.defineProperty(owner, name, accessor ? { ...d, get: wrap(d.get) } : { ...d, value: wrap(d.value) });
              };
              ['getBoundingClientRect', 'getClientRects'].forEach(n => watchRead(Element.prototype, n, false));
              ['clientHeight', 'clientWidth', 'scrollHeight', 'scrollWidth', 'scrollTop']
                .forEach(n => watchRead(Element.prototype, n, true));
              ['offsetHeight', 'offsetWidth', 'offsetTop', 'offsetLeft']
                .forEach(n => watchRead(HTMLElement.prototype, n, true));
              ['innerHeight', 'innerWidth', 'scrollX', 'scrollY'].forEach(n => watchRead(window, n, true));
              watchRead(window, 'getComputedStyle', false);
              v.longTaskWhat = [];
              new PerformanceObserver(list => list.getEntries().forEach(e => {
                v.longTasks++; v.longTaskMs += e.duration;
                // Whose task: 'self' is this frame's own; an iframe's shows as a descendant, with its container.
                v.longTaskWhat.push('task ' + Math.round(e.duration) + ' ms at ' + Math.round(e.startTime) + ' ' + e.name
                  + e.attribution.map(a => ' ' + a.containerType + ' ' + (a.containerSrc || '')).join(''));
              })).observe({ type: 'longtask', buffered: true });
              v.widgetScriptMs = 0;
              new PerformanceObserver(list => list.getEntries().forEach(frame => {
                frame.scripts.forEach(s => {
                  if (s.sourceURL.startsWith(SERVICE)) { v.widgetScriptMs = Math.max(v.widgetScriptMs, s.duration); }
                });
                // What a long frame spent its time on: scripts (where from), then style and layout, then paint.
                v.longTaskWhat.push('frame ' + Math.round(frame.duration) + ' ms at ' + Math.round(frame.startTime)
                  + ' blocking ' + Math.round(frame.blockingDuration) + ' ms, style+layout '
                  + Math.round(frame.renderStart ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0)
                  + ' ms, scripts [' + frame.scripts.map(s => s.invokerType + ' ' + (s.sourceURL || s.invoker)
                  + ' ' + Math.round(s.duration) + ' ms').join('; ') + ']');
              })).observe({ type: 'long-animation-frame', buffered: true });
              const shown = a => a.getClientRects().length > 0 && a.getBoundingClientRect().height > 0;
              const links = () => {
                const found = Array.from(document.querySelectorAll('a[rel~=sponsored]'));
                document.querySelectorAll('inversion-picks, inversion-compare').forEach(w => {
                  if (w.shadowRoot) { found.push(...w.shadowRoot.querySelectorAll('a[rel~=sponsored]')); }
                });
                return found;
              };
              const poll = () => {
                if (links().some(shown)) { v.firstLink = performance.timeOrigin + performance.now(); }
                else { requestAnimationFrame(poll); }
              };
              requestAnimationFrame(poll);
            })(%s);
            """;

    /** The two embedding forms, and the script form as pasted before the snippet reserved its space. */
    enum Form { SCRIPT, IFRAME, SCRIPT_OLD_SNIPPET }

    enum Kind { CARDS, TABLE, READER_FORM }

    record Screen(String name, int width, int height) {
    }

    static final List<Screen> SCREENS = List.of(new Screen("1280", 1280, 720), new Screen("320", 320, 640));

    /** One measured visit. */
    record Visit(Form form, Kind kind, Screen screen, boolean warm, double cls, double inputCls, double frameCls,
                 String shifted, int longTasks, double longTaskMs, double widgetScriptMs, int requests,
                 List<String> requested, long firstLinkMs, Object longTaskWhat, List<Object> layoutReads) {

        String row() {
            return "| %s | %s | %s | %s | %.4f | %.4f | %d (%.0f ms) | %.0f | %d | %d |".formatted(
                    form.name().toLowerCase().replace('_', ' '), kind.name().toLowerCase().replace('_', ' '),
                    screen.name(), warm ? "warm" : "cold", cls, frameCls, longTasks, longTaskMs, widgetScriptMs,
                    requests, firstLinkMs);
        }
    }

    @Test
    void theWidgetKeepsTheBlogsCoreWebVitals() {
        List<Visit> visits = new ArrayList<>();
        for (Form form : Form.values()) {
            if (!System.getProperty("cwv.forms", form.name()).contains(form.name())) {
                continue;
            }
            for (Kind kind : Kind.values()) {
                for (Screen screen : SCREENS) {
                    visits.addAll(measure(form, kind, screen));
                }
            }
        }
        List<String> alone = new ArrayList<>();
        SCREENS.forEach(screen -> alone.addAll(measureThePostAlone(screen)));
        report(visits, alone);
        SoftAssertions soft = new SoftAssertions();
        for (Visit v : visits) {
            String what = v.row();
            // Deterministic where a long task's length is not: the service's scripts never make the browser lay out
            // the blog's page inside their own task, in any form, old snippets included.
            soft.assertThat(v.layoutReads()).as("layout read by the service's scripts: " + what).isEmpty();
            if (v.form() == Form.SCRIPT_OLD_SNIPPET) {
                continue; // reported only: without the reservation, the first render may shift as it always did
            }
            // What moved, and when, goes into the message: a rare failure must explain itself from CI's log alone.
            soft.assertThat(v.cls()).as("layout shift on the host page: " + what + " " + v.shifted())
                    .isLessThanOrEqualTo(MAX_CLS);
            // Chrome's field CLS counts an iframe's own shifts too, in proportion to its area. (Painted half-parsed,
            // the iframe page used to shift now and then on a cold visit: WidgetFramePaintsWholeBrowserTest and
            // WidgetFrameLayoutAppendOnlyBrowserTest.)
            if (v.form() == Form.IFRAME) {
                soft.assertThat(v.frameCls()).as("layout shift inside the iframe page: " + what + " " + v.shifted())
                        .isLessThanOrEqualTo(MAX_CLS);
            }
            if (Boolean.getBoolean("cwv.assertLongTasks")) {
                soft.assertThat(v.widgetScriptMs()).as("the widget's longest script run in a long frame on the "
                        + "host's main thread: " + what).isLessThan(LONG_TASK_MS);
            }
            soft.assertThat(v.firstLinkMs()).as("a retailer link was shown: " + what).isPositive();
            if (v.form() == Form.SCRIPT && v.warm() && v.kind() != Kind.READER_FORM) {
                soft.assertThat(v.requests()).as("requests to the service on a warm cache: " + what + " "
                        + v.requested()).isLessThanOrEqualTo(MAX_WARM_SCRIPT_REQUESTS);
            }
        }
        soft.assertAll();
    }

    /** A cold visit and a warm one (the same browser context, the post opened again). */
    private List<Visit> measure(Form form, Kind kind, Screen screen) {
        String post = blog.publish("/vitals-" + form + "-" + kind + "-" + screen.name() + ".html",
                longPost(snippet(form, kind, "/vitals-" + form + "-" + kind + "-" + screen.name() + ".html")));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(screen.width(), screen.height()))) {
            context.addInitScript(OBSERVE.formatted("'" + base() + "'"));
            Page page = context.newPage();
            CDPSession network = context.newCDPSession(page);
            network.send("Network.enable");
            latency(network, LATENCY_MS);
            List<Visit> both = new ArrayList<>();
            for (boolean warm : new boolean[] {false, true}) {
                List<String> requested = new CopyOnWriteArrayList<>();
                Consumer<Request> count = request -> {
                    if (request.url().startsWith(base())) {
                        requested.add(request.url().substring(base().length()));
                    }
                };
                page.onRequest(count);
                page.navigate(post);
                waitForWidget(page, form);
                long firstLink = firstLinkMs(page, form);
                if (kind == Kind.READER_FORM) {
                    answerTheForm(page, form, network);
                    latency(network, LATENCY_MS);
                }
                settle(page);
                page.offRequest(count);
                both.add(visit(page, form, kind, screen, warm, List.copyOf(requested), firstLink));
            }
            return both;
        }
    }

    /**
     * The same post without the embed, cold and warm: the long tasks a visit has anyway (the browser parsing and
     * laying out the post), beside which the widget's are read.
     */
    private List<String> measureThePostAlone(Screen screen) {
        String post = blog.publish("/vitals-alone-" + screen.name() + ".html", longPost(""));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(screen.width(), screen.height()))) {
            context.addInitScript(OBSERVE.formatted("'" + base() + "'"));
            Page page = context.newPage();
            CDPSession network = context.newCDPSession(page);
            network.send("Network.enable");
            latency(network, LATENCY_MS);
            List<String> rows = new ArrayList<>();
            for (boolean warm : new boolean[] {false, true}) {
                page.navigate(post);
                settle(page);
                Map<String, Object> host = vitals(page.mainFrame());
                rows.add("| the post alone | | %s | %s | %.4f | | %d (%.0f ms) | | | |".formatted(screen.name(),
                        warm ? "warm" : "cold", number(host, "cls"), (int) number(host, "longTasks"),
                        number(host, "longTaskMs")));
            }
            return rows;
        }
    }

    private static void latency(CDPSession network, int ms) {
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", ms);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", -1);
        network.send("Network.emulateNetworkConditions", conditions);
    }

    private void waitForWidget(Page page, Form form) {
        if (form != Form.IFRAME) {
            assertThat(page.locator("[data-state=rendered]")).hasCount(1);
            page.waitForFunction("() => window.__vitals.firstLink > 0");
        } else {
            assertThat(page.frameLocator("iframe").locator("a[rel~=sponsored]").first()).isVisible();
            widgetFrame(page).waitForFunction("() => window.__vitals.firstLink > 0");
        }
    }

    private Frame widgetFrame(Page page) {
        return page.frames().stream().filter(f -> f != page.mainFrame() && f.url().startsWith(base())).findFirst()
                .orElseThrow();
    }

    /**
     * The reader opens the form, says they are new to inversion and 175 cm tall, and asks for their picks; the answer
     * comes later than the 500 ms within which a shift counts as caused by the input.
     */
    private void answerTheForm(Page page, Form form, CDPSession network) {
        Locator widget = form != Form.IFRAME ? page.locator("inversion-picks")
                : page.frameLocator("iframe").locator("body");
        widget.getByText("Personalise").first().click();
        widget.getByLabel("Inversion experience").selectOption(new SelectOption()
                .setIndex(1));
        widget.getByLabel("Your height (cm)").fill("175");
        latency(network, SLOW_ANSWER_LATENCY_MS);
        if (form != Form.IFRAME) {
            page.waitForResponse(r -> r.url().contains("/recommendations"),
                    () -> widget.getByRole(AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Show my picks")).click());
        } else {
            page.waitForResponse(r -> r.url().contains("/widget/picks"),
                    () -> widget.getByRole(AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Show my picks")).click());
            page.frameLocator("iframe").locator("a[rel~=sponsored]").first().waitFor();
        }
    }

    /** Two animation frames, so any layout caused by the last answer has been painted and observed. */
    private static void settle(Page page) {
        for (Frame frame : page.frames()) {
            frame.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        }
        page.evaluate("() => new Promise(r => setTimeout(r, 0))");
    }

    private Visit visit(Page page, Form form, Kind kind, Screen screen, boolean warm, List<String> requested,
                        long firstLinkMs) {
        Map<String, Object> host = (Map<String, Object>) page.evaluate("() => window.__vitals");
        double frameCls = form == Form.IFRAME ? number(vitals(widgetFrame(page)), "cls") : 0;
        Object frameMoved = form == Form.IFRAME ? vitals(widgetFrame(page)).get("moved") : null;
        // The blog's page only: frame.js may measure its own small document on load, which Chromium does not lay out
        // on its own while a cross-origin iframe is off screen.
        List<Object> layoutReads = (List<Object>) host.get("layoutReads");
        String shifted = "moved: host " + Objects.requireNonNullElse(host.get("moved"), "nothing")
                + (form == Form.IFRAME ? ", iframe " + Objects.requireNonNullElse(frameMoved, "nothing") : "");
        return new Visit(form, kind, screen, warm, number(host, "cls"), number(host, "inputCls"), frameCls, shifted,
                (int) number(host, "longTasks"), number(host, "longTaskMs"), number(host, "widgetScriptMs"),
                requested.size(), requested, firstLinkMs, host.get("longTaskWhat"), layoutReads);
    }

    /** From the start of the host page's navigation to the first retailer link rendered, in ms. */
    private long firstLinkMs(Page page, Form form) {
        double shown = number(vitals(form == Form.IFRAME ? widgetFrame(page) : page.mainFrame()), "firstLink");
        return Math.round(shown - number(vitals(page.mainFrame()), "origin"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> vitals(Frame frame) {
        return (Map<String, Object>) frame.evaluate("() => window.__vitals");
    }

    private static double number(Map<String, Object> values, String name) {
        return ((Number) values.get(name)).doubleValue();
    }

    private String snippet(Form form, Kind kind, String path) {
        if (form != Form.IFRAME) {
            String reserve = form == Form.SCRIPT ? " " + RESERVE : "";
            String element = switch (kind) {
                case CARDS -> "<inversion-picks beginner=\"true\" limit=\"3\"%s></inversion-picks>";
                case TABLE -> "<inversion-compare ids=\"" + IDS + "\"%s></inversion-compare>";
                case READER_FORM -> "<inversion-picks beginner=\"true\" limit=\"3\" form=\"true\"%s></inversion-picks>";
            };
            return "<script src=\"%s/widget.js\" async></script>\n%s".formatted(base(), element.formatted(reserve));
        }
        String postParam = URLEncoder.encode(blog.origin() + path, StandardCharsets.UTF_8);
        String src = switch (kind) {
            case CARDS -> "/widget/picks?beginner=true&amp;limit=3&amp;post=" + postParam;
            case TABLE -> "/widget/compare?ids=" + IDS + "&amp;post=" + postParam;
            case READER_FORM -> "/widget/picks?beginner=true&amp;limit=3&amp;form=true&amp;post=" + postParam;
        };
        return """
                <iframe src="%1$s%2$s"
                        title="Recommended inversion equipment" width="100%%" height="900" style="border:0" loading="lazy"></iframe>
                <script src="%1$s/widget/assets/frame-sizer.js" async></script>""".formatted(base(), src);
    }

    /** A long blog post in an ordinary theme: a heading, two paragraphs, the embed, and many more paragraphs. */
    static String longPost(String snippet) {
        String paragraph = "<p>Inversion tables take some getting used to. I started at twenty degrees for a minute at"
                + " a time, and only after a few weeks went further; my back has thanked me since, and here is what I"
                + " learnt along the way about straps, ankle locks, frames and the space they need.</p>\n";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>A year of inverting</title><link rel="icon" href="data:,">
                <style>body { margin: 0; font: 18px/1.6 Georgia, serif; }
                main { max-width: 42rem; margin: 0 auto; padding: 1rem; }</style></head>
                <body><main>
                <h1>A year of inverting</h1>
                %1$s%1$s%2$s
                %3$s</main></body>
                </html>
                """.formatted(paragraph, snippet, paragraph.repeat(30));
    }

    private static void report(List<Visit> visits, List<String> postAlone) {
        StringBuilder table = new StringBuilder("| form | kind | width | cache | CLS host | CLS in iframe "
                + "| long tasks (all, host) | widget script in long frames, ms | requests | first link ms |\n"
                + "|---|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        visits.forEach(v -> table.append(v.row()).append('\n'));
        postAlone.forEach(row -> table.append(row).append('\n'));
        visits.forEach(v -> table.append("\n").append(v.row()).append(" ").append(v.requested())
                .append(v.longTasks() > 0 ? " " + v.longTaskWhat() : ""));
        System.out.println(table);
        try {
            Files.createDirectories(Path.of("target", "cwv"));
            Files.writeString(Path.of("target", "cwv", "widget-vitals.md"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
