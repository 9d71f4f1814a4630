package io.inversionpicks.click;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** /q/metrics counts clicks per product, retailer and agent class, and the redirects that were not counted. */
@QuarkusTest
class ClickMetricsTest {

    @Test
    void aHumanClickIncrementsItsCounter() {
        String series = "clicks_total{agent=\"human\",product=\"teeter-fitspine-lx9\",retailer=\"teeter\"}";
        double before = value(series);
        click("/go/teeter-fitspine-lx9/teeter", GoRedirectTest.BROWSER);
        click("/go/teeter-fitspine-lx9/teeter", GoRedirectTest.BROWSER);
        assertThat(value(series)).isEqualTo(before + 2);
    }

    @Test
    void aBotClickIsCountedUnderTheBotTag() {
        String series = "clicks_total{agent=\"bot\",product=\"ironman-gravity-4000\",retailer=\"amazon\"}";
        double before = value(series);
        click("/go/ironman-gravity-4000/amazon", "curl/8.5.0");
        assertThat(value(series)).isEqualTo(before + 1);
    }

    @Test
    void aPreviewIsNotAClickButIsCountedAsSkipped() {
        String clicks = "clicks_total{agent=\"human\",product=\"sutekus-gravity-boots\",retailer=\"amazon\"}";
        String skipped = "clicks_skipped_total{reason=\"preview\"}";
        double clicksBefore = value(clicks);
        double skippedBefore = value(skipped);
        click("/go/sutekus-gravity-boots/amazon", "Twitterbot/1.0");
        assertThat(value(clicks)).isEqualTo(clicksBefore);
        assertThat(value(skipped)).isEqualTo(skippedBefore + 1);
    }

    private static void click(String path, String userAgent) {
        given().redirects().follow(false).header("User-Agent", userAgent).when().get(path).then().statusCode(302);
    }

    /** The series' value, or 0 before it exists. */
    private static double value(String series) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
