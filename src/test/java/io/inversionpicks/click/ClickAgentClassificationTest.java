package io.inversionpicks.click;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The vendored crawler list, judged with Java's regular expressions: every example it ships must be recognised. */
class ClickAgentClassificationTest {

    static final CrawlerList LIST = CrawlerList.load(new ObjectMapper());

    @Test
    void theListIsLoadedWithItsPreviewFetchers() {
        assertThat(LIST.entries().size() > 1000).as("the maintained list has well over a thousand entries").isTrue();
        assertThat(LIST.entries().stream().filter(CrawlerList.Entry::preview).count() > 50).isTrue();
    }

    static Stream<Arguments> listedExamples() {
        return LIST.entries().stream().flatMap(e -> e.instances().stream()
                .map(instance -> Arguments.of(e.pattern(), e.preview(), instance)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("listedExamples")
    void everyExampleOfTheListIsNotHuman(String pattern, boolean preview, String userAgent) {
        AgentClass verdict = LIST.classify(userAgent);
        assertThat(verdict).isNotEqualTo(AgentClass.HUMAN);
        if (preview) {
            assertThat(verdict).as("a link-preview fetcher is never counted").isEqualTo(AgentClass.PREVIEW);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", delimiter = ';', value = {
            "Googlebot\\/;Googlebot/",
            "Yahoo Link Preview;Yahoo Link Preview",
            "pinterest\\.com\\/bot;pinterest.com/bot",
            "^curl;null",
            "[wW]get;null",
            "BlogTraffic\\/\\d\\.\\d+ Feed-Fetcher;null",
            "SSL Labs$;null",
            "Ahrefs(Bot|SiteAudit);null",
            "dbot\\);dbot)",
            "trailing\\;null"})
    void plainPatternsAreMatchedAsText(String pattern, String literal) {
        assertThat(CrawlerList.literal(pattern)).isEqualTo(Optional.ofNullable(literal));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listedExamples")
    void textMatchingAgreesWithTheRegularExpression(String pattern, boolean preview, String userAgent) {
        assertThat(CrawlerList.matcher(pattern).test(userAgent))
                .isEqualTo(Pattern.compile(pattern).matcher(userAgent).find());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "Twitterbot/1.0",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
            "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
            "TelegramBot (like TwitterBot)",
            "WhatsApp/2.23.20.0"})
    void knownPreviewBotsArePreviews(String userAgent) {
        assertThat(LIST.classify(userAgent)).isEqualTo(AgentClass.PREVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "curl/8.5.0",
            "python-requests/2.32.3",
            "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
            "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)"})
    void crawlersAreBots(String userAgent) {
        assertThat(LIST.classify(userAgent)).isEqualTo(AgentClass.BOT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noUserAgentIsAPotentialBot(String userAgent) {
        assertThat(LIST.classify(userAgent)).isEqualTo(AgentClass.BOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                    + "Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/17.6 Safari/605.1.15",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/17.6 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                    + "Safari/537.36 Edg/131.0.0.0"})
    void browsersAreHuman(String userAgent) {
        assertThat(LIST.classify(userAgent)).isEqualTo(AgentClass.HUMAN);
    }
}
