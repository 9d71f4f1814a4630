package io.inversionpicks.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImageLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://m.media-amazon.com/images/I/71abc.jpg", "HTTPS://i5.walmartimages.com/a.jpg",
            "  https://i5.walmartimages.com/a.jpg?odnWidth=500 "})
    void anAbsoluteHttpsLinkIsKept(String url) {
        assertThat(ImageLinks.https(url)).hasValue(url.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:image/png;base64,AAAA", "http://i5.walmartimages.com/a.jpg",
            "//i5.walmartimages.com/a.jpg", "/images/a.jpg", "https://user:pw@example.com/a.jpg", "https:///a.jpg",
            "https://exa mple.com/a.jpg", "", " "})
    void anythingElseIsDropped(String url) {
        assertThat(ImageLinks.https(url)).isEmpty();
    }

    @Test
    void anAbsurdlyLongLinkIsDropped() {
        assertThat(ImageLinks.https("https://example.com/" + "a".repeat(ImageLinks.MAX_LENGTH)))
                .isEmpty();
        assertThat(ImageLinks.https(null)).isEmpty();
    }
}
