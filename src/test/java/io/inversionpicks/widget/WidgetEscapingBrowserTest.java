package io.inversionpicks.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.inversionpicks.testing.DebianChromium;
import io.inversionpicks.testing.WatchedPage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Catalogue text that looks like markup or script is shown as text by both forms, and never runs. */
@QuarkusTest
@TestProfile(XssCatalogue.class)
@WithTestResource(DebianChromium.class)
class WidgetEscapingBrowserTest extends BrowserTestBase {

    @Test
    void serverEscapesEveryCatalogueText() {
        given().when().get("/widget/picks?q=table&limit=5").then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<img src=x")))
                .body(not(containsString("<iframe src=javascript")));
    }

    @Test
    void scriptAndIframeShowTheHostileNameAsText() throws Exception {
        String base = base();
        String url = blog.publish("/xss.html", HostileBlog.post("""
                <inversion-picks limit="5"></inversion-picks>
                <iframe src="%1$s/widget/picks?limit=5" title="Recommended inversion equipment" width="100%%"
                        height="300" style="border:0"></iframe>
                <script src="%1$s/widget.js" async></script>
                """.formatted(base)));
        try (WatchedPage watched = open()) {
            Page page = watched.page();
            page.navigate(url);
            Locator widget = page.locator("inversion-picks");
            assertThat(widget).hasAttribute("data-state", "rendered");
            assertThat(widget.locator(".ip-name").first()).hasText(XssCatalogue.SCRIPT_NAME);
            assertThat(widget.locator(".ip-brand").first()).hasText("<img src=x onerror=alert(2)>");
            Assertions.assertThat(widget.locator("script, img, iframe, svg, b").count())
                    .as("no element came from data")
                    .isEqualTo(0);

            Locator frame = page.frameLocator("iframe").locator("body");
            assertThat(frame.locator(".ip-name").first()).hasText(XssCatalogue.SCRIPT_NAME);
            Assertions.assertThat(frame.locator("img, iframe, svg, b").count())
                    .as("no element came from data")
                    .isEqualTo(0);
            Locator jsonLdBlock = page.frameLocator("iframe").locator("script[type='application/ld+json']");
            Assertions.assertThat(jsonLdBlock.count()).isEqualTo(1);
            JsonNode jsonLd = new ObjectMapper().readTree(jsonLdBlock.textContent());
            Assertions.assertThat(jsonLd.at("/itemListElement/0/item/name").asText())
                    .isEqualTo(XssCatalogue.SCRIPT_NAME);
            watched.assertNothingWentWrong();
        }
    }
}
