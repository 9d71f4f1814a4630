package io.inversionpicks.click;

import io.inversionpicks.catalog.Placement;
import io.inversionpicks.click.store.Channel;
import io.inversionpicks.click.store.ClickRecord;
import io.inversionpicks.click.store.ClickStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * Statistics over a known set of clicks in June 2026, a range no other test writes to (the fixed clock stands at
 * 2026-11-23). Human clicks from 06-01 to 06-10: 8; with the 4 bot clicks: 12.
 */
@QuarkusTest
class ClickStatsTest {

    static final String POST_A = "https://blog.example.com/best-inversion-tables";
    static final String POST_B = "https://blog.example.com/back-pain";
    private static final AtomicBoolean SEEDED = new AtomicBoolean();

    @Inject
    ClickStore store;

    @BeforeEach
    void seed() {
        if (!SEEDED.compareAndSet(false, true)) {
            return;
        }
        clicks(3, "2026-06-01T08:00:00Z", "teeter-fitspine-x3", "amazon", Placement.WIDGET, POST_A, false);
        clicks(1, "2026-06-01T23:59:59.999Z", "teeter-fitspine-x3", "teeter", Placement.API, POST_B, false);
        clicks(2, "2026-06-02T00:00:00Z", "ironman-gravity-4000", "amazon", Placement.COMPARE, POST_A, false,
                Channel.BEACON);
        clicks(4, "2026-06-02T12:00:00Z", "ironman-gravity-4000", "amazon", Placement.WIDGET, POST_A, true);
        clicks(1, "2026-06-05T12:00:00Z", "innova-itx9600", "walmart", Placement.UNKNOWN, null, false);
        clicks(1, "2026-06-10T23:00:00Z", "teeter-fitspine-x3", "amazon", Placement.WIDGET, POST_B, false,
                Channel.PING);
        // Just outside the range, on both sides.
        clicks(5, "2026-05-31T23:59:59Z", "teeter-fitspine-x3", "amazon", Placement.WIDGET, POST_A, false);
        clicks(5, "2026-06-11T00:00:00Z", "teeter-fitspine-x3", "amazon", Placement.WIDGET, POST_A, false);
    }

    private void clicks(int n, String at, String product, String retailer, Placement placement, String post,
                        boolean bot) {
        clicks(n, at, product, retailer, placement, post, bot, Channel.REDIRECT);
    }

    private void clicks(int n, String at, String product, String retailer, Placement placement, String post,
                        boolean bot, Channel channel) {
        for (int i = 0; i < n; i++) {
            store.record(new ClickRecord(Instant.parse(at), product, retailer, "seededclicks", placement, post, bot,
                    channel, channel == Channel.REDIRECT ? null : UUID.randomUUID().toString()));
        }
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "test-admin");
    }

    static RequestSpecification june() {
        return admin().queryParam("from", "2026-06-01").queryParam("to", "2026-06-10");
    }

    @ParameterizedTest(name = "groupBy={0} includeBots={1}")
    @CsvSource(delimiter = '|', value = {
            "product   | false | 8  | teeter-fitspine-x3=5, ironman-gravity-4000=2, innova-itx9600=1",
            "product   | true  | 12 | ironman-gravity-4000=6, teeter-fitspine-x3=5, innova-itx9600=1",
            "retailer  | false | 8  | amazon=6, teeter=1, walmart=1",
            "retailer  | true  | 12 | amazon=10, teeter=1, walmart=1",
            "placement | false | 8  | widget=4, compare=2, api=1, unknown=1",
            "placement | true  | 12 | widget=8, compare=2, api=1, unknown=1",
            "post      | false | 8  | " + POST_A + "=5, " + POST_B + "=2, null=1",
            "channel   | false | 8  | redirect=5, beacon=2, ping=1",
            "channel   | true  | 12 | redirect=9, beacon=2, ping=1",
            "day       | false | 8  | 2026-06-01=4, 2026-06-02=2, 2026-06-03=0, 2026-06-04=0, 2026-06-05=1, "
                    + "2026-06-06=0, 2026-06-07=0, 2026-06-08=0, 2026-06-09=0, 2026-06-10=1",
            "day       | true  | 12 | 2026-06-01=4, 2026-06-02=6, 2026-06-03=0, 2026-06-04=0, 2026-06-05=1, "
                    + "2026-06-06=0, 2026-06-07=0, 2026-06-08=0, 2026-06-09=0, 2026-06-10=1"})
    void countsPerGroupOverTheRange(String groupBy, boolean includeBots, long total, String expected) {
        List<Map<String, Object>> rows = june().queryParam("groupBy", groupBy)
                .queryParam("includeBots", includeBots).accept("application/json")
                .when().get("/admin/clicks")
                .then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("groupBy", equalTo(groupBy)).body("from", equalTo("2026-06-01")).body("to", equalTo("2026-06-10"))
                .body("includeBots", equalTo(includeBots)).body("total", equalTo((int) total))
                .extract().jsonPath().getList("rows");
        String actual = String.join(", ", rows.stream().map(r -> r.get("key") + "=" + r.get("clicks")).toList());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void botsAreLeftOutByDefault() {
        june().queryParam("groupBy", "retailer").when().get("/admin/clicks")
                .then().statusCode(200).body("includeBots", equalTo(false)).body("total", equalTo(8));
    }

    @Test
    void bothEndsOfTheRangeAreInclusive() {
        admin().queryParam("from", "2026-06-01").queryParam("to", "2026-06-01").when().get("/admin/clicks")
                .then().statusCode(200).body("total", equalTo(4)).body("rows", hasSize(1));
        admin().queryParam("from", "2026-06-10").queryParam("to", "2026-06-11").when().get("/admin/clicks")
                .then().statusCode(200).body("total", equalTo(6));
        admin().queryParam("from", "2026-05-31").queryParam("to", "2026-06-11").when().get("/admin/clicks")
                .then().statusCode(200).body("total", equalTo(18));
    }

    @Test
    void limitKeepsTheBusiestGroupsButNotTheTotal() {
        june().queryParam("groupBy", "product").queryParam("limit", 1).when().get("/admin/clicks")
                .then().statusCode(200).body("total", equalTo(8))
                .body("rows.key", contains("teeter-fitspine-x3")).body("rows.clicks", contains(5));
    }

    @Test
    void theDefaultRangeIsTheLast30DaysUpToToday() {
        admin().when().get("/admin/clicks")
                .then().statusCode(200).body("groupBy", equalTo("day"))
                .body("from", equalTo("2026-10-25")).body("to", equalTo("2026-11-23")).body("rows", hasSize(30));
    }

    @Test
    void csvByFormatParameter() {
        String csv = june().queryParam("groupBy", "product").queryParam("format", "csv").when().get("/admin/clicks")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition",
                        "attachment; filename=\"clicks-by-product-2026-06-01-to-2026-06-10.csv\"")
                .extract().asString();
        assertThat(csv).isEqualTo("product,clicks\nteeter-fitspine-x3,5\nironman-gravity-4000,2\ninnova-itx9600,1\n");
    }

    @Test
    void everyAnswerCountsEachChannelAndSaysPingsAndBeaconsAreALowerBound() {
        june().queryParam("groupBy", "product").accept("application/json").when().get("/admin/clicks")
                .then().statusCode(200)
                .body("channels.key", contains("redirect", "ping", "beacon"))
                .body("channels.clicks", contains(5, 1, 2))
                .body("channelNote", containsString("lower bound"))
                .body("channelNote", containsString("Firefox ignores <a ping>"));
        admin().queryParam("from", "2026-06-03").queryParam("to", "2026-06-04").when().get("/admin/clicks")
                .then().statusCode(200).body("channels.clicks", contains(0, 0, 0));
    }

    @Test
    void csvByChannelSaysWhichCountsAreALowerBound() {
        String csv = june().queryParam("groupBy", "channel").queryParam("format", "csv").when().get("/admin/clicks")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv)
                .isEqualTo("channel,clicks,counting\nredirect,5,exact\nbeacon,2,lower bound\nping,1,lower bound\n");
    }

    @Test
    void htmlPageShowsHowClicksArrived() {
        String html = june().queryParam("format", "html").when().get("/admin/clicks")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains(
                "<table id=\"channels\">",
                "<tr><td>ping</td><td class=\"num\">1</td><td class=\"num\">12.5%</td></tr>",
                "<tr><td>beacon</td><td class=\"num\">2</td><td class=\"num\">25.0%</td></tr>",
                "lower bound", "CSV by channel");
    }

    @Test
    void csvByAcceptHeaderWithAnEmptyCellForClicksWithoutPost() {
        String csv = june().queryParam("groupBy", "post").accept("text/csv").when().get("/admin/clicks")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).isEqualTo("post,clicks\n" + POST_A + ",5\n" + POST_B + ",2\n,1\n");
    }

    @Test
    void htmlPageWithADayChartAndTopProducts() {
        String html = june().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get("/admin/clicks")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(html.split("<rect class=\"bar\"", -1).length - 1).as("one bar per day").isEqualTo(10);
        assertThat(html)
                .contains("<svg", "2026-06-01: 4 clicks", "2026-06-05: 1 click<",
                        "Teeter FitSpine X3 Inversion Table", "<td class=\"num\">5</td>",
                        "62.5%", "<strong id=\"total\">8</strong>")
                .doesNotContain("<script", "src=\"http");
    }

    @Test
    void htmlPageByFormatParameterEvenForJsonClients() {
        june().queryParam("format", "html").accept("application/json, text/html").when().get("/admin/clicks")
                .then().statusCode(200).contentType(startsWith("text/html")).body(containsString("<svg"));
    }

    @Test
    void anyAcceptGetsJson() {
        june().accept("*/*").when().get("/admin/clicks").then().statusCode(200).contentType("application/json");
    }

    @Test
    void anUnsupportedAcceptIsNotAcceptable() {
        june().accept("application/xml").when().get("/admin/clicks").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "groupBy=weekday                   | groupBy",
            "from=1%20June                     | from",
            "to=2026-13-01                     | to",
            "includeBots=maybe                 | includeBots",
            "limit=0                           | limit",
            "limit=10001                       | limit",
            "format=xml                        | format",
            "from=2026-06-11&to=2026-06-10     | from"})
    void invalidParametersAreProblems(String query, String parameter) {
        admin().urlEncodingEnabled(false).when().get("/admin/clicks?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.parameter", hasItems(parameter));
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        admin().queryParam("groupBy", "weekday").queryParam("from", "yesterday").queryParam("limt", "5")
                .when().get("/admin/clicks")
                .then().statusCode(400).body("errors.parameter", hasItems("limt"));
        admin().queryParam("groupBy", "weekday").queryParam("from", "yesterday").when().get("/admin/clicks")
                .then().statusCode(400).body("errors.parameter", hasItems("groupBy", "from"))
                .body("errors.find { it.parameter == 'groupBy' }.allowed", hasItems("day", "product", "post"));
    }

    @Test
    void aRangeOfMoreThanTenYearsIsRefused() {
        admin().queryParam("from", "2000-01-01").queryParam("to", "2026-06-01").when().get("/admin/clicks")
                .then().statusCode(400).body("errors.parameter", hasItems("from"));
    }
}
