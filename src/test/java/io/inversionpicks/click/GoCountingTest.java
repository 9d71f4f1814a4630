package io.inversionpicks.click;

import io.inversionpicks.click.store.ClickEntity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/** Which requests count as clicks: readers and bots do (bots flagged); previews, prefetches and HEAD do not. */
@QuarkusTest
class GoCountingTest {

    @Inject
    ClickProbe probe;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // case                 | User-Agent                                                            | extra header             | stored | bot
            "browser                | " + GoRedirectTest.BROWSER + "                                       | null                     | 1 | false",
            "Googlebot              | Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) | null                  | 1 | true",
            "curl                   | curl/8.5.0                                                            | null                     | 1 | true",
            "no user agent          | null                                                                  | null                     | 1 | true",
            "Slackbot preview       | Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)            | null                     | 0 | false",
            "Twitterbot preview     | Twitterbot/1.0                                                        | null                     | 0 | false",
            "facebook preview       | facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php) | null                 | 0 | false",
            "Discordbot preview     | Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)     | null                     | 0 | false",
            "Chrome prefetch        | " + GoRedirectTest.BROWSER + "                                       | Sec-Purpose: prefetch    | 0 | false",
            "Chrome prerender       | " + GoRedirectTest.BROWSER + "                                       | Sec-Purpose: prefetch;prerender | 0 | false",
            "legacy prefetch        | " + GoRedirectTest.BROWSER + "                                       | Purpose: prefetch        | 0 | false",
            "Safari preview         | " + GoRedirectTest.BROWSER + "                                       | X-Purpose: preview       | 0 | false",
            "Firefox prefetch       | " + GoRedirectTest.BROWSER + "                                       | X-Moz: prefetch          | 0 | false",
            "unrelated Purpose      | " + GoRedirectTest.BROWSER + "                                       | Purpose: navigate        | 1 | false"})
    void countsReadersAndFlagsBots(String name, String userAgent, String header, int stored, boolean bot) {
        String post = "https://blog.example.com/counting/" + UUID.randomUUID();
        RequestSpecification request = given().redirects().follow(false).queryParam("post", post);
        request = userAgent == null ? request.header("User-Agent", "") : request.header("User-Agent", userAgent);
        if (header != null) {
            String[] parts = header.split(":", 2);
            request = request.header(parts[0].trim(), parts[1].trim());
        }
        request.when().get("/go/innova-itx9600/walmart")
                .then().statusCode(302).header("Location", startsWith("https://www.walmart.com/"));
        List<ClickEntity> clicks = probe.byPost(post);
        assertThat(clicks.size()).as(name + " stored").isEqualTo(stored);
        clicks.forEach(c -> assertThat(c.bot).as(name + " flagged as bot").isEqualTo(bot));
    }
}
