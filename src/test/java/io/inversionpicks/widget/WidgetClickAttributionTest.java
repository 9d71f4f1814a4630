package io.inversionpicks.widget;

import io.inversionpicks.click.ClickProbe;
import io.inversionpicks.click.store.ClickEntity;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Clicks in the iframe pages are attributed to the blog post the iframe is on. Inside the iframe the Referer of a
 * click names only the iframe page, so the page's links must carry the post themselves.
 */
@QuarkusTest
class WidgetClickAttributionTest {

    private static final String READER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final Pattern GO_LINK = Pattern.compile("href=\"([^\"]*/go/[^\"]*)\"");
    private static final Pattern HIDDEN_POST = Pattern.compile("<input type=\"hidden\" name=\"post\" value=\"([^\"]*)\">");

    @Inject
    ClickProbe probe;

    @TestHTTPResource("/")
    URL service;

    private static String uniquePost() {
        return "https://blog.example.com/reviews/" + UUID.randomUUID();
    }

    /** A browser loading the iframe; the test's URLs are already encoded. */
    private static RequestSpecification iframe() {
        return given().urlEncodingEnabled(false)
                .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    private static List<String> goLinks(String html) {
        Matcher links = GO_LINK.matcher(html);
        List<String> hrefs = links.results().map(m -> m.group(1).replace("&amp;", "&")).toList();
        assertThat(hrefs.isEmpty()).as("the page has retailer links").isFalse();
        return hrefs;
    }

    private static String postParameter(String post) {
        return "post=" + URLEncoder.encode(post, StandardCharsets.UTF_8);
    }

    @Test
    void aClickInTheIframeIsStoredWithThePostNamedInTheIframeUrl() {
        String post = uniquePost();
        String framePath = "/widget/picks?beginner=true&limit=1&post="
                + URLEncoder.encode(post + "?utm_source=feed#comments", StandardCharsets.UTF_8);
        String link = goLinks(iframe().get(framePath).then().statusCode(200).extract().asString()).get(0);

        // What the browser sends from inside the iframe: the iframe page as Referer.
        given().urlEncodingEnabled(false).redirects().follow(false).header("User-Agent", READER)
                .header("Referer", service.toString().replaceAll("/$", "") + framePath)
                .get(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery())
                .then().statusCode(302);

        List<ClickEntity> clicks = probe.byPost(post);
        assertThat(clicks.size()).as("one click stored under the post, without its query or fragment").isEqualTo(1);
        assertThat(clicks.get(0).placement).isEqualTo("widget");
    }

    @Test
    void everyLinkOfBothIframePagesCarriesThePost() {
        String post = uniquePost();
        String query = "&post=" + URLEncoder.encode(post, StandardCharsets.UTF_8);
        for (String page : List.of("/widget/picks?beginner=true&limit=3" + query,
                "/widget/compare?ids=teeter-fitspine-x3,innova-itx9600" + query)) {
            for (String href : goLinks(iframe().get(page).then().statusCode(200).extract().asString())) {
                assertThat(href.endsWith("&" + postParameter(post))).as(page + ": " + href).isTrue();
            }
        }
    }

    @Test
    void withoutThePostOptionTheEmbeddingPageFromTheRefererIsUsed() {
        String post = uniquePost();
        String html = iframe().header("Referer", post + "?session=secret").get("/widget/picks?beginner=true")
                .then().statusCode(200).extract().asString();
        goLinks(html).forEach(href -> assertThat(href.endsWith("&" + postParameter(post))).as(href).isTrue());
    }

    @Test
    void aRefererFromThisServiceItselfIsNoPost() {
        String builder = service.toString() + "widget";
        String html = iframe().header("Referer", builder).get("/widget/picks?beginner=true&form=true")
                .then().statusCode(200).extract().asString();
        goLinks(html).forEach(href -> assertThat(href.contains("post=")).as(href).isFalse());
        assertThat(HIDDEN_POST.matcher(html).find()).as("no post for the reader form to carry").isFalse();
    }

    @Test
    void theReaderFormCarriesThePostSoItsAnswerKeepsTheAttribution() {
        String post = uniquePost();
        String html = iframe().get("/widget/picks?form=true&post=" + URLEncoder.encode(post, StandardCharsets.UTF_8))
                .then().statusCode(200).extract().asString();
        Matcher hidden = HIDDEN_POST.matcher(html);
        assertThat(hidden.find()).as("the form has a hidden post field").isTrue();
        assertThat(hidden.group(1)).isEqualTo(post);
    }

    @Test
    void aPostThatIsNoWebAddressIsRefused() {
        given().get("/widget/picks?post=javascript:alert(1)").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].parameter", equalTo("post"))
                .body("errors[0].message", containsString("http(s) address of the blog post"));
    }
}
