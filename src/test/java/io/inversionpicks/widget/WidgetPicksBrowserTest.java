package io.inversionpicks.widget;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import io.inversionpicks.testing.DebianChromium;
import io.inversionpicks.testing.WatchedPage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.config.ConfigProvider;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/** Both embedding forms of the recommendation cards, on a hostile blog of another origin, in Debian Chromium. */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetPicksBrowserTest extends BrowserTestBase {

    private static final String OPTIONS = "beginner=true&limit=3";
    private static final String BOTH_FORMS = "/both.html";

    /** The script form finds its post by itself; the iframe snippet names it, as the builder writes it. */
    private String bothForms() {
        String post = URLEncoder.encode(blog.origin() + BOTH_FORMS, StandardCharsets.UTF_8);
        return blog.publish(BOTH_FORMS, HostileBlog.post("""
                <inversion-picks beginner="true" limit="3"></inversion-picks>
                <iframe src="%1$s/widget/picks?%2$s&amp;post=%3$s" title="Recommended inversion equipment"
                        width="100%%" height="300" style="border:0"></iframe>
                <script src="%1$s/widget.js" async></script>
                """.formatted(base(), OPTIONS, post)));
    }

    private static Locator scriptWidget(Page page) {
        Locator widget = page.locator("inversion-picks");
        assertThat(widget).hasAttribute("data-state", "rendered");
        return widget;
    }

    private static JsonPath api(String query) {
        return given().when().get("/products?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void cardsShowTheProductsTheApiReturns() {
        List<String> expected = api("beginner=true&size=3").getList("items.name");
        Assertions.assertThat(expected.size()).isEqualTo(3);
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(bothForms());
            Assertions.assertThat(scriptWidget(page).locator(".ip-name").allTextContents()).isEqualTo(expected);
            Assertions.assertThat(page.frameLocator("iframe").locator(".ip-name").allTextContents())
                    .isEqualTo(expected);
            // Each card states its price with retailer, date, time and zone, or a call to action without a number.
            List<String> prices = api("beginner=true&size=3").getList("items").stream().map(item -> {
                Map<?, ?> product = (Map<?, ?>) item;
                Map<?, ?> price = (Map<?, ?>) product.get("price");
                return price == null ? (String) product.get("priceNote") : price.get("display") + " at "
                        + price.get("retailerName") + ", " + price.get("asOfDisplay");
            }).toList();
            Assertions.assertThat(prices.stream().anyMatch(p -> p.matches("\\$[\\d,.]+ at .+, as of \\d{1,2} \\w{3} \\d{4}, "
                    + "\\d{2}:\\d{2} UTC")))
                    .as(prices::toString)
                    .isTrue();
            Assertions.assertThat(scriptWidget(page).locator(".ip-price").allTextContents()).isEqualTo(prices);
            Assertions.assertThat(page.frameLocator("iframe").locator(".ip-price").allTextContents()).isEqualTo(prices);
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void disclosureComesBeforeTheFirstRetailerLinkInOrderAndOnScreen() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(bothForms());
            assertDisclosureFirst(scriptWidget(page));
            assertDisclosureFirst(page.frameLocator("iframe").locator("main"));
            assertThat(scriptWidget(page).locator(".ip-disclosure"))
                    .containsText("As an Amazon Associate I earn from qualifying purchases.");
        }
    }

    static void assertDisclosureFirst(Locator widget) {
        Locator disclosure = widget.locator(".ip-disclosure");
        Locator firstLink = widget.locator("a.ip-cta").first();
        assertThat(disclosure).isVisible();
        Object before = disclosure.evaluate("(d, a) => !!(d.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)",
                firstLink.elementHandle());
        Assertions.assertThat(before).as("disclosure precedes the first link in document order").isEqualTo(true);
        var d = disclosure.boundingBox();
        var a = firstLink.boundingBox();
        Assertions.assertThat(d.y + d.height <= a.y)
                .as("disclosure (bottom " + (d.y + d.height) + ") is above the first link (top "
                + a.y + ")")
                .isTrue();
    }

    @Test
    void everyRetailerLinkIsSponsoredOpensInANewTabAndIsDirectForAmazonOrTrackedOtherwise() {
        List<Map<String, String>> hrefs = api("beginner=true&size=3").getList("items.offers.flatten().link");
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            String post = bothForms();
            page.navigate(post);
            assertLinks(scriptWidget(page).locator("a.ip-cta"), hrefs, "widget", post, base());
            assertLinks(page.frameLocator("iframe").locator("a.ip-cta"), hrefs, "widget", storedAs(post), base());
        }
    }

    /** A post URL as the click store keeps it (and the iframe pages pass it on): scheme, host and path. */
    static String storedAs(String post) {
        URI uri = URI.create(post);
        return uri.getScheme() + "://" + uri.getHost() + uri.getRawPath();
    }

    /**
     * Every link is the API's link for the same offer, sponsored and opening in a new tab, attributed to the widget
     * kind and to the blog post it sits on: a tracked link on its /go/ URL; a direct link (every Amazon link: straight
     * to www.amazon.com with our tag) on its ping URL, which points at this service's /clicks/ endpoint.
     *
     * @param apiLinks the API's link objects for the same offers, in order
     * @param service  this service's base URL as the browser reaches it
     */
    static void assertLinks(Locator links, List<Map<String, String>> apiLinks, String placement, String post,
                            String service) {
        String publicBase = ConfigProvider.getConfig().getValue("site.public-base-url", String.class);
        String attribution = "placement=" + placement
                + (post == null ? "" : "&post=" + URLEncoder.encode(post, StandardCharsets.UTF_8));
        List<Map<String, String>> expected = apiLinks.stream().map(link -> {
            String href = link.get("href");
            String ping = link.get("ping");
            if ("amazon".equals(link.get("retailer"))) {
                Assertions.assertThat(href.startsWith("https://www.amazon.com/") && href.contains("tag=") && ping != null)
                        .as("an Amazon link is direct, tagged and pinged: " + link)
                        .isTrue();
            }
            if (ping == null) {
                Assertions.assertThat(href.startsWith(publicBase + "/go/") && href.contains("placement=api"))
                        .as(href)
                        .isTrue();
                return mapOf(href.replace("placement=api", attribution), null);
            }
            Assertions.assertThat(ping.startsWith(publicBase + "/clicks/") && ping.endsWith("?placement=api"))
                    .as(ping)
                    .isTrue();
            return mapOf(href, service + ping.substring(publicBase.length()).replace("placement=api", attribution));
        }).toList();
        Assertions.assertThat(expected.stream().anyMatch(link -> link.get("ping") != null))
                .as("the page has direct links")
                .isTrue();
        Assertions.assertThat(links.evaluateAll("as => as.map(a => ({href: a.href, ping: a.hasAttribute('ping') "
                + "? new URL(a.getAttribute('ping'), a.baseURI).href : null}))"))
                .isEqualTo(expected);
        for (Locator link : links.all()) {
            assertThat(link).hasAttribute("rel", "sponsored nofollow noopener");
            assertThat(link).hasAttribute("target", "_blank");
        }
    }

    private static Map<String, String> mapOf(String href, String ping) {
        Map<String, String> link = new java.util.HashMap<>();
        link.put("href", href);
        link.put("ping", ping);
        return link;
    }

    private String withProfileForm() {
        return blog.publish("/profile.html", HostileBlog.post("""
                <inversion-picks form="true" limit="3"></inversion-picks>
                <iframe src="%1$s/widget/picks?form=true&limit=3" title="Recommended inversion equipment"
                        width="100%%" height="300" style="border:0"></iframe>
                <script src="%1$s/widget.js" async></script>
                """.formatted(base())));
    }

    /** The blogger shows inversion chairs only, and offers readers the profile form. */
    private String chairsWithProfileForm() {
        return blog.publish("/chairs.html", HostileBlog.post("""
                <inversion-picks category="inversion-chair" form="true" limit="3"></inversion-picks>
                <iframe src="%1$s/widget/picks?category=inversion-chair&form=true&limit=3"
                        title="Recommended inversion equipment" width="100%%" height="300" style="border:0"></iframe>
                <script src="%1$s/widget.js" async></script>
                """.formatted(base())));
    }

    /** The script widget's shadow root and the iframe's body, each with its profile form. */
    private static List<Locator> profileForms(Page page) {
        return List.of(scriptWidget(page), page.frameLocator("iframe").locator("body"));
    }

    @Test
    void aReportedConditionShowsTheAdvisoryAndNoProducts() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(withProfileForm());
            for (Locator widget : profileForms(page)) {
                widget.getByText("Personalise: tell us about you").click();
                widget.getByLabel("Glaucoma").check();
                widget.getByText("Show my picks").click();
                assertThat(widget.locator(".ip-advisory")).containsText("Inversion is not recommended");
                assertThat(widget.locator(".ip-advisory")).containsText("doctor");
                assertThat(widget.locator(".ip-card")).hasCount(0);
                assertThat(widget.locator("a.ip-cta")).hasCount(0);
                assertThat(widget.locator(".ip-safety")).isVisible();
                assertThat(widget.getByLabel("Glaucoma")).isChecked();
            }
            watched.assertNothingWentWrong();
        }
    }

    /**
     * Conditions spelt as a blog's own form or script might (another parameter name, capitals) and one the service
     * doesn't know: the advice names them, and the form keeps them ticked, so they only go when the reader unticks them.
     */
    @Test
    void aConditionSpeltAnyWayOrUnknownBringsTheAdviceUntilTheReaderUnticksIt() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(blog.publish("/spelt.html", HostileBlog.post("""
                    <inversion-picks condition="GLAUCOMA" conditions="Asthma" form="true" limit="3"></inversion-picks>
                    <iframe src="%1$s/widget/picks?condition=GLAUCOMA&conditions=Asthma&form=true&limit=3"
                            title="Recommended inversion equipment" width="100%%" height="300" style="border:0"></iframe>
                    <script src="%1$s/widget.js" async></script>
                    """.formatted(base()))));
            for (Locator widget : profileForms(page)) {
                Locator advisory = widget.locator(".ip-advisory");
                assertThat(advisory).containsText("Inversion is not recommended with glaucoma");
                assertThat(advisory).containsText("We can't assess whether inversion is safe with \"asthma\"");
                assertThat(advisory).containsText("talk to your doctor");
                assertThat(widget.locator("a.ip-cta")).hasCount(0);
                openForm(widget);
                assertThat(widget.getByLabel("Glaucoma")).isChecked();
                assertThat(widget.getByLabel("asthma")).isChecked();

                widget.getByLabel("Glaucoma").uncheck();
                widget.getByLabel("Inversion experience").selectOption("new");
                widget.getByText("Show my picks").click();
                assertThat(widget.locator(".ip-advisory")).containsText("asthma");
                assertThat(widget.locator(".ip-advisory")).not().containsText("glaucoma");
                assertThat(widget.locator(".ip-card")).hasCount(0);
                assertThat(widget.locator("a.ip-cta")).hasCount(0);

                openForm(widget);
                widget.getByLabel("asthma").uncheck();
                widget.getByText("Show my picks").click();
                assertThat(widget.locator(".ip-card")).hasCount(3);
                assertThat(widget.locator(".ip-advisory")).hasCount(0);
            }
            watched.assertNothingWentWrong();
        }
    }

    /**
     * Issue 17: a precaution keeps the products, each cautioned, explains itself above them with its sources one
     * click away, and ticking a box in the long, grouped list does not make the form jump.
     */
    @Test
    void aPrecautionKeepsTheProductsEachCautionedWithTheSourcesOneClickAway() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(withProfileForm());
            for (Locator widget : profileForms(page)) {
                widget.getByText("Personalise: tell us about you").click();
                Locator submit = widget.getByText("Show my picks");
                Locator form = widget.locator("details.ip-profile");
                // Measured from the form's top: ticking a box may scroll the page, but must not move the form.
                double before = submit.boundingBox().y - form.boundingBox().y;
                Locator pregnancy = widget.getByLabel("Pregnancy", new Locator.GetByLabelOptions().setExact(true));
                pregnancy.check();
                Assertions.assertThat(submit.boundingBox().y - form.boundingBox().y).as("ticking a box moves nothing")
                        .isEqualTo(before);
                submit.click();
                assertThat(widget.locator(".ip-precautions")).containsText("pregnancy");
                assertThat(widget.locator(".ip-advisory")).hasCount(0);
                Locator cards = widget.locator(".ip-card");
                assertThat(cards.first()).isVisible();
                Assertions.assertThat(widget.locator(".ip-card .ip-cautions li")
                        .filter(new Locator.FilterOptions().setHasText("Ask your doctor first")).count())
                        .as("every card carries the caution").isEqualTo(cards.count());
                assertThat(widget.locator("a.ip-cta").first()).isVisible();
                Locator sources = widget.locator(".ip-precautions a[href^='https://']");
                assertThat(sources.first()).not().isVisible();
                widget.locator(".ip-precautions summary").click();
                assertThat(sources.first()).isVisible();
                assertDisclosureFirst(widget);
            }
            watched.assertNothingWentWrong();
        }
    }

    /**
     * A reader who reports a contraindication gets advice instead of three cards, a much shorter answer: the text
     * below must not jump up while the widget is on screen, whatever box model and padding the blog gives the
     * element (a shift the reader did not cause within 500 ms counts against the blog).
     */
    @Test
    void aShorterAnswerKeepsTheWidgetsHeightWhileItIsOnScreenWhateverTheBlogsBoxModel() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.setViewportSize(1280, 4000); // all of it on screen
            page.navigate(blog.publish("/shorter.html", HostileBlog.post("""
                    <style>*, *::before, *::after { box-sizing: border-box; }
                    inversion-picks { padding: 24px; border: 4px solid #888; }</style>
                    <inversion-picks beginner="true" limit="3" form="true"></inversion-picks>
                    <div id="below">The text below the widget.</div>
                    <script src="%s/widget.js" async></script>
                    """.formatted(base()))));
            Locator widget = scriptWidget(page);
            widget.getByText("Personalise: tell us about you").click();
            double resultsBefore = height(widget.locator(".ip-results"));
            double belowBefore = top(page.locator("#below"));

            widget.getByLabel("Glaucoma").check();
            widget.getByText("Show my picks").click();
            assertThat(widget.locator(".ip-advisory")).containsText("doctor");
            assertThat(widget.locator(".ip-card")).hasCount(0);
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");

            Assertions.assertThat(height(widget.locator(".ip-results"))).as("the answer is shorter")
                    .isLessThan(resultsBefore - 100);
            Assertions.assertThat(top(page.locator("#below"))).as("the text below stays where the reader saw it")
                    .isCloseTo(belowBefore, Assertions.within(0.5));
            watched.assertNothingWentWrong();
        }
    }

    /**
     * The same in the iframe form: the answer is a new page in the frame, and the frame must not shrink under the
     * reader's eyes; the blog cannot excuse the shift by the reader's click, which was inside the frame.
     */
    @Test
    void aShorterAnswerInTheIframeKeepsTheFramesHeightWhileItIsOnScreen() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.setViewportSize(1280, 4000);
            String post = URLEncoder.encode(blog.origin() + "/shorter-iframe.html", StandardCharsets.UTF_8);
            page.navigate(blog.publish("/shorter-iframe.html", HostileBlog.post("""
                    <iframe src="%1$s/widget/picks?beginner=true&amp;limit=3&amp;form=true&amp;post=%2$s"
                            title="Recommended inversion equipment" width="100%%" height="300" style="border:0"></iframe>
                    <div id="below">The text below the widget.</div>
                    <script src="%1$s/widget/assets/frame-sizer.js" async></script>
                    """.formatted(base(), post))));
            Locator frame = page.frameLocator("iframe").locator("body");
            page.waitForFunction("() => document.querySelector('iframe').style.height !== ''");
            frame.getByText("Personalise: tell us about you").click();
            page.waitForFunction("h => parseFloat(document.querySelector('iframe').style.height) > h",
                    height(page.locator("iframe")) - 1); // the open form grows the frame
            double frameBefore = height(page.locator("iframe"));
            double belowBefore = top(page.locator("#below"));

            frame.getByLabel("Glaucoma").check();
            frame.getByText("Show my picks").click();
            assertThat(frame.locator(".ip-advisory")).containsText("doctor");
            Locator answered = page.frameLocator("iframe").locator("html");
            double answer = ((Number) answered.evaluate("e => new Promise(r => requestAnimationFrame(() => "
                    + "requestAnimationFrame(() => r(e.getBoundingClientRect().height))))")).doubleValue();
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");

            Assertions.assertThat(answer).as("the answer is shorter than the frame").isLessThan(frameBefore - 100);
            Assertions.assertThat(top(page.locator("#below"))).as("the text below stays where the reader saw it")
                    .isCloseTo(belowBefore, Assertions.within(0.5));
            // Out of sight, the frame takes its new height.
            page.setViewportSize(1280, 200);
            page.evaluate("() => scrollTo(0, document.body.scrollHeight)");
            page.waitForFunction("h => parseFloat(document.querySelector('iframe').style.height) < h", frameBefore - 100);
            watched.assertNothingWentWrong();
        }
    }

    private static double top(Locator element) {
        return ((Number) element.evaluate("e => e.getBoundingClientRect().top + scrollY")).doubleValue();
    }

    /** The "another condition" box brings the advice to see a doctor, in both widgets. */
    @Test
    void anotherConditionNotListedBringsTheAdvisory() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(withProfileForm());
            for (Locator widget : profileForms(page)) {
                widget.getByText("Personalise: tell us about you").click();
                widget.getByLabel("Another condition not listed here").check();
                widget.getByText("Show my picks").click();
                assertThat(widget.locator(".ip-advisory")).containsText("talk to your doctor");
                assertThat(widget.locator(".ip-card")).hasCount(0);
                assertThat(widget.locator("a.ip-cta")).hasCount(0);
            }
            watched.assertNothingWentWrong();
        }
    }

    /** The iframe's form starts open once answered; the script widget's stays as the reader left it. */
    private static void openForm(Locator widget) {
        if (!widget.locator("details.ip-profile").evaluate("d => d.open").equals(Boolean.TRUE)) {
            widget.getByText("Personalise: tell us about you").click();
        }
    }

    @Test
    void aReaderProfileBringsPersonalPicksWithTheirReasonsAmongTheBloggersChoice() {
        String profile = "/recommendations?experience=new&heightCm=178&limit=3";
        List<String> expected = given().when().get(profile + "&category=inversion-chair").then()
                .statusCode(200).extract().jsonPath().getList("items.product.name");
        List<String> chairs = api("category=inversion-chair&size=100").getList("items.name");
        Assertions.assertThat(!expected.isEmpty() && chairs.containsAll(expected))
                .as(expected + " are chairs")
                .isTrue();
        Assertions.assertThat(given().when().get(profile).then().statusCode(200).extract().jsonPath()
                .getList("items.product.name"))
                .as("without the blogger's filter the picks would differ")
                .isNotEqualTo(expected);
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(chairsWithProfileForm());
            for (Locator widget : profileForms(page)) {
                widget.getByText("Personalise: tell us about you").click();
                widget.getByLabel("Inversion experience").selectOption("new");
                widget.getByLabel("Your height (cm)").fill("178");
                widget.getByText("Show my picks").click();
                assertThat(widget.locator(".ip-reasons").first()).isVisible();
                Assertions.assertThat(widget.locator(".ip-name").allTextContents()).isEqualTo(expected);
                assertDisclosureFirst(widget);
            }
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void aMistakeInTheIframeUrlIsShownInsideTheIframeAsAStyledPage() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(blog.publish("/typo.html", HostileBlog.post("""
                    <iframe src="%1$s/widget/picks?begginer=true" title="Recommended inversion equipment"
                            width="100%%" height="300" style="border:0"></iframe>
                    <script src="%1$s/widget.js" async></script>
                    """.formatted(base()))));
            Locator alert = page.frameLocator("iframe").getByRole(AriaRole.ALERT);
            assertThat(alert).containsText("begginer: unknown parameter; did you mean 'beginner'?");
            // The widget stylesheet applies (so the page's CSP let it load), and nothing but the 400 itself is amiss.
            Assertions.assertThat(alert.evaluate("e => getComputedStyle(e).borderTopStyle")).isEqualTo("solid");
            Assertions.assertThat(watched.problems().stream()
                    .filter(p -> !p.startsWith("HTTP 400 ") && !p.contains("status of 400")).toList())
                    .isEqualTo(List.of());
        }
    }

    @Test
    void hostPageCssDoesNotReachIntoTheWidget() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(bothForms());
            Locator name = scriptWidget(page).locator(".ip-name").first();
            assertThat(name).isVisible();
            Map<?, ?> style = (Map<?, ?>) name.evaluate("e => { const s = getComputedStyle(e); return {color: s.color,"
                    + " fontSize: s.fontSize, fontFamily: s.fontFamily, letterSpacing: s.letterSpacing}; }");
            Assertions.assertThat(style.get("color")).isNotEqualTo("rgb(255, 0, 0)");
            Assertions.assertThat(style.get("fontSize")).isEqualTo("17px");
            Assertions.assertThat(!String.valueOf(style.get("fontFamily")).contains("Comic"))
                    .as(String.valueOf(style))
                    .isTrue();
            Assertions.assertThat(style.get("letterSpacing")).isEqualTo("normal");
            Assertions.assertThat(scriptWidget(page).locator(".ip-cta").first()
                    .evaluate("e => getComputedStyle(e).textTransform"))
                    .isEqualTo("none");
        }
    }

    @Test
    void iframeGrowsToFitItsContent() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(bothForms());
            Locator content = page.frameLocator("iframe").locator("html");
            content.locator(".ip-card").first().waitFor();
            try {
                page.waitForFunction("() => document.querySelector('iframe').getBoundingClientRect().height > 300",
                        null, new Page.WaitForFunctionOptions().setPollingInterval(100));
            } catch (TimeoutError e) {
                Assertions.fail("the iframe kept its height " + page.locator("iframe").boundingBox().height + " while its content"
                        + " is " + height(content) + " high; " + watched.problems());
            }
            int fitted = (int) Math.ceil(height(content));
            assertThat(page.locator("iframe")).hasJSProperty("offsetHeight", fitted);
            watched.assertNothingWentWrong();
        }
    }

    private static double height(Locator element) {
        return ((Number) element.evaluate("e => e.getBoundingClientRect().height")).doubleValue();
    }

    @Test
    void keyboardReachesEveryLinkWithAVisibleFocusRing() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(bothForms());
            Locator firstLink = scriptWidget(page).locator("a.ip-cta").first();
            for (int tab = 0; tab < 5 && !isFocused(firstLink); tab++) {
                page.keyboard().press("Tab");
            }
            Assertions.assertThat(isFocused(firstLink)).as("Tab reaches the first retailer link").isTrue();
            Map<?, ?> ring = (Map<?, ?>) firstLink.evaluate("a => { const s = getComputedStyle(a); "
                    + "return {style: s.outlineStyle, width: s.outlineWidth}; }");
            Assertions.assertThat(ring).isEqualTo(Map.of("style", "solid", "width", "3px"));
        }
    }

    private static boolean isFocused(Locator element) {
        return (Boolean) element.evaluate("e => e.getRootNode().activeElement === e");
    }

    @Test
    void axeFindsNothingSeriousInEitherForm() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(bothForms());
            scriptWidget(page);
            page.frameLocator("iframe").locator(".ip-card").first().waitFor();
            AxeResults results = new AxeBuilder(page).include(List.of("inversion-picks")).analyze();
            assertNoSeriousViolations(results);
            Page frame = page.context().newPage();
            frame.navigate(base() + "/widget/picks?" + OPTIONS);
            assertNoSeriousViolations(new AxeBuilder(frame).analyze());
            // The open form with every condition, a precaution and its sources shown (issue 17).
            frame.navigate(base() + "/widget/picks?form=true&conditions=pregnancy&" + OPTIONS);
            frame.locator(".ip-precautions summary").click();
            frame.locator(".ip-group summary").first().click();
            assertNoSeriousViolations(new AxeBuilder(frame).analyze());
        }
    }

    static void assertNoSeriousViolations(AxeResults results) {
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(WidgetPicksBrowserTest::describe).toList();
        Assertions.assertThat(serious).isEqualTo(List.of());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(n -> n.getTarget() + " " + n.getFailureSummary()).toList();
    }

    @Test
    void screenshotsInLightDarkAndPhoneWidth() {
        screenshots("picks", bothForms(), WidgetPicksBrowserTest::scriptWidget, "/widget/picks?" + OPTIONS);
        // The answered form stays open: every condition in its groups, and a precaution above the cards.
        screenshots("picks-precaution", withProfileForm(), WidgetPicksBrowserTest::scriptWidget,
                "/widget/picks?form=true&limit=2&conditions=pregnancy");
    }
}
