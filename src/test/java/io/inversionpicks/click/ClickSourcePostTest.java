package io.inversionpicks.click;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Only scheme, host and path of a post are kept: no query, fragment, credentials or port. */
class ClickSourcePostTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "https://blog.example.com/best-tables, https://blog.example.com/best-tables",
            "https://blog.example.com/best-tables?email=reader@example.com#comments, https://blog.example.com/best-tables",
            "HTTPS://Blog.EXAMPLE.com/Best-Tables, https://blog.example.com/Best-Tables",
            "https://user:secret@blog.example.com:8443/p, https://blog.example.com/p",
            "http://blog.example.com, http://blog.example.com/",
            "https://blog.example.com/caf%C3%A9, https://blog.example.com/caf%C3%A9",
            "'  https://blog.example.com/trimmed  ', https://blog.example.com/trimmed",
            "ftp://blog.example.com/p, null",
            "javascript:alert(1), null",
            "//blog.example.com/p, null",
            "/relative/path, null",
            "not a url, null",
            "'https://blog.example.com/a\r\nLocation: x', null",
            "https://, null",
            "'', null",
            "null, null"})
    void normalises(String raw, String expected) {
        assertThat(SourcePost.normalise(raw, 500)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "post={0} referer={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "https://a.example/p, https://b.example/q, https://a.example/p",
            "null, https://b.example/q, https://b.example/q",
            "garbage, https://b.example/q, https://b.example/q",
            "null, null, null"})
    void prefersTheExplicitPost(String post, String referer, String expected) {
        assertThat(SourcePost.of(post, referer, 500)).isEqualTo(Optional.ofNullable(expected));
    }

    @org.junit.jupiter.api.Test
    void isCutToTheConfiguredLength() {
        String longPath = "https://blog.example.com/" + "a".repeat(1000);
        assertThat(SourcePost.normalise(longPath, 40).orElseThrow().length()).isEqualTo(40);
    }
}
