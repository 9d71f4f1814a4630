package io.inversionpicks.catalog;

import io.inversionpicks.common.CachedJson;
import io.inversionpicks.common.ProblemException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.inversionpicks.catalog.ShippedCatalogue.CATALOGUE;
import static io.inversionpicks.catalog.ShippedCatalogue.LINKS;
import static io.inversionpicks.catalog.ShippedCatalogue.version;
import static io.inversionpicks.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A repeated request line is answered without parsing again, but only once it has been answered. */
class ReadModelRequestCacheTest {

    private final ReadModel model = new ReadModel(version(1), CATALOGUE, LINKS, NOW);
    private final AtomicInteger answered = new AtomicInteger();

    @Test
    void theSameRequestLineIsAnsweredOnce() {
        CachedJson first = model.cachedForRequest("/products?beginner=true", answer("a"));
        CachedJson again = model.cachedForRequest("/products?beginner=true", answer("b"));

        assertThat(again).isSameAs(first);
        assertThat(answered).hasValue(1);
    }

    @Test
    void anotherSpellingIsAnsweredOnItsOwn() {
        model.cachedForRequest("/products?beginner=true", answer("a"));
        CachedJson other = model.cachedForRequest("/products?beginner=TRUE", answer("b"));

        assertThat(other.toString()).isEqualTo("b");
        assertThat(answered).hasValue(2);
    }

    @Test
    void aRejectedRequestIsCheckedAgainEveryTime() {
        Supplier<CachedJson> rejects = () -> {
            answered.incrementAndGet();
            throw ProblemException.notFound("no such thing");
        };

        assertThatThrownBy(() -> model.cachedForRequest("/products?size=0", rejects)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> model.cachedForRequest("/products?size=0", rejects)).isInstanceOf(ProblemException.class);
        assertThat(answered).hasValue(2);
    }

    @Test
    void aRequestLineNeverCollidesWithANormalisedQueryKey() {
        model.cached("/products?beginner=true", answer("normalised"));

        assertThat(model.cachedForRequest("/products?beginner=true", answer("raw")).toString()).isEqualTo("raw");
    }

    @Test
    void aNewVersionAnswersAgain() {
        model.cachedForRequest("/products?beginner=true", answer("old"));
        ReadModel next = model.next(version(2), CATALOGUE, NOW.plusSeconds(1));

        assertThat(next.cachedForRequest("/products?beginner=true", answer("new")).toString()).isEqualTo("new");
    }

    private Supplier<CachedJson> answer(String body) {
        return () -> {
            answered.incrementAndGet();
            return CachedJson.of(body.getBytes(StandardCharsets.UTF_8));
        };
    }
}
