package io.inversionpicks.widget;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import java.util.Map;
import java.util.TreeMap;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.inversionpicks.testing.DebianChromium;
import io.inversionpicks.testing.WatchedPage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/** Both embedding forms of the comparison table, on a hostile blog of another origin, in Debian Chromium. */
@QuarkusTest
@WithTestResource(DebianChromium.class)
class WidgetCompareBrowserTest extends BrowserTestBase {

    private static final String IDS = "teeter-fitspine-x3,innova-itx9600,ironman-gravity-4000";
    private String bothForms() {
        return blog.publish("/compare.html", HostileBlog.post("""
                <inversion-compare ids="%2$s"></inversion-compare>
                <iframe src="%1$s/widget/compare?ids=%2$s" title="Inversion equipment compared" width="100%%"
                        height="300" style="border:0"></iframe>
                <script src="%1$s/widget.js" async></script>
                """.formatted(base(), IDS)));
    }

    private static JsonPath api() {
        return given().when().get("/compare?ids=" + IDS).then().statusCode(200).extract().jsonPath();
    }

    /** The two forms, as locators: the custom element's shadow root and the iframe's body. */
    private static List<Locator> forms(Page page) {
        Locator element = page.locator("inversion-compare");
        assertThat(element).hasAttribute("data-state", "rendered");
        Locator frame = page.frameLocator("iframe").locator("body");
        frame.locator(".ip-table").waitFor();
        return List.of(element, frame);
    }

    @Test
    void tableShowsTheComparisonTheApiReturnsWithDifferencesAndBestValues() {
        JsonPath api = api();
        List<String> labels = api.getList("rows.label");
        int differing = api.getList("rows.findAll { it.differs }").size();
        int best = api.getList("rows.best.flatten()").size();
        Assertions.assertThat(differing > 0 && best > 0).as("the chosen products differ and have best values").isTrue();
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            String blogPage = bothForms();
            page.navigate(blogPage);
            List<Locator> forms = forms(page);
            for (Locator form : forms) {
                Assertions.assertThat(form.locator("thead th").allTextContents().subList(1, 4))
                        .isEqualTo(api.getList("products.name"));
                List<String> rowHeaders = form.locator("tbody th").allTextContents();
                Assertions.assertThat(rowHeaders.size()).isEqualTo(labels.size() + 1);
                for (int i = 0; i < labels.size(); i++) {
                    Assertions.assertThat(rowHeaders.get(i).startsWith(labels.get(i))).as(rowHeaders.get(i)).isTrue();
                }
                Assertions.assertThat(form.locator("tbody tr.ip-differs").count()).isEqualTo(differing);
                Assertions.assertThat(form.locator("td.ip-best").count()).isEqualTo(best);
                Assertions.assertThat(form.locator("td.ip-best .ip-tag").count()).isEqualTo(best);
                // The price row states retailer, date, time and zone with each price, as the API words it.
                List<String> priceCells = form.locator("tbody tr").filter(new Locator.FilterOptions()
                        .setHas(page.locator("th", new Page.LocatorOptions().setHasText("Price")))).locator("td")
                        .allTextContents();
                List<String> apiPrices = api.getList("rows.find { it.key == 'price' }.display");
                Assertions.assertThat(priceCells.size()).isEqualTo(apiPrices.size());
                for (int i = 0; i < apiPrices.size(); i++) {
                    Assertions.assertThat(priceCells.get(i).startsWith(apiPrices.get(i)))
                            .as(priceCells.get(i))
                            .isTrue();
                }
                WidgetPicksBrowserTest.assertDisclosureFirst(form);
                // This iframe names no post, so its page takes the embedding page from the Referer, of which the
                // browser sends only the origin to another site.
                WidgetPicksBrowserTest.assertLinks(form.locator("a.ip-cta"), api.getList("products.offers.flatten().link"),
                        "compare", form == forms.get(0) ? blogPage : WidgetPicksBrowserTest.storedAs(blog.origin() + "/"),
                        base());
            }
            watched.assertNothingWentWrong();
        }
    }

    @Test
    void readableAtPhoneWidthWithoutSidewaysScrolling() {
        try (WatchedPage watched = WatchedPage.open(browser, new Browser.NewContextOptions().setViewportSize(320, 700))) {
            Page page = watched.page();
            page.navigate(bothForms());
            for (Locator form : forms(page)) {
                Locator wrap = form.locator(".ip-table-wrap");
                Assertions.assertThat(wrap.evaluate("w => w.scrollWidth <= w.clientWidth"))
                        .as("no horizontal scrolling")
                        .isEqualTo(true);
                Assertions.assertThat(form.locator("tbody tr").first().evaluate("r => getComputedStyle(r).display"))
                        .isEqualTo("block");
            }
            watched.assertNothingWentWrong();
        }
    }

    /**
     * At 320 px the rows are stacked (display: block), yet Chromium's own accessibility tree, what a screen reader
     * reads (not Playwright's role guesses), still has one table of rows, column and row headers and cells, in both
     * forms, and no layout table: the table needs no ARIA roles for it (which HTML does not allow on a table's
     * parts).
     */
    @Test
    void theBrowserKeepsTheTableSemanticsAtPhoneWidth() {
        try (WatchedPage watched = WatchedPage.open(browser, new Browser.NewContextOptions().setViewportSize(320, 700))) {
            Page page = watched.page();
            int products = IDS.split(",").length;
            int rows = api().getList("rows").size() + 1;
            page.navigate(base() + "/widget/compare?ids=" + IDS);
            page.locator(".ip-table").waitFor();
            assertTableSemantics(page, "iframe page", products, rows);
            page.navigate(bothForms());
            forms(page);
            assertTableSemantics(page, "widget.js on the blog", products, rows);
            watched.assertNothingWentWrong();
        }
    }

    private static void assertTableSemantics(Page page, String form, int products, int rows) {
        Assertions.assertThat(page.locator(".ip-table tbody tr").first().evaluate("r => getComputedStyle(r).display"))
                .as(form + ": the phone layout").isEqualTo("block");
        CDPSession cdp = page.context().newCDPSession(page);
        Map<String, Integer> roles = new TreeMap<>();
        for (JsonElement node : cdp.send("Accessibility.getFullAXTree").getAsJsonArray("nodes")) {
            JsonObject object = node.getAsJsonObject();
            if (object.has("ignored") && object.get("ignored").getAsBoolean() || !object.has("role")) {
                continue;
            }
            roles.merge(object.getAsJsonObject("role").get("value").getAsString(), 1, Integer::sum);
        }
        cdp.detach();
        Assertions.assertThat(roles).as(form + ": roles in Chromium's accessibility tree " + roles)
                .containsEntry("table", 1)
                .containsEntry("row", rows + 1)
                .containsEntry("columnheader", products + 1)
                .containsEntry("rowheader", rows)
                .containsEntry("cell", rows * products)
                .doesNotContainKeys("LayoutTable", "LayoutTableRow", "LayoutTableCell");
    }

    @Test
    void axeFindsNothingSerious() {
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(bothForms());
            forms(page);
            WidgetPicksBrowserTest.assertNoSeriousViolations(new AxeBuilder(page)
                    .include(List.of("inversion-compare")).analyze());
            page.navigate(base() + "/widget/compare?ids=" + IDS);
            WidgetPicksBrowserTest.assertNoSeriousViolations(new AxeBuilder(page).analyze());
        }
    }

    @Test
    void screenshotsInLightDarkAndPhoneWidth() {
        screenshots("compare", bothForms(), page -> forms(page).get(0), "/widget/compare?ids=" + IDS);
    }
}
