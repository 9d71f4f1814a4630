package io.inversionpicks.click;

import io.inversionpicks.click.store.ClickRecord;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** When a click cannot be stored, the reader gets 503 and no redirect: no redirect is ever sent uncounted. */
@QuarkusTest
class GoUnavailableTest {

    @BeforeEach
    void failEveryWrite() {
        QuarkusMock.installMockForType(new ClickWriter(null, ClickWriterTest.config(1, 1)) {
            @Override
            public CompletionStage<Void> write(ClickRecord click) {
                return CompletableFuture.failedStage(new ClickNotStoredException("database unavailable"));
            }
        }, ClickWriter.class);
    }

    @Test
    void noRedirectWithoutAStoredClick() {
        given().redirects().follow(false).header("User-Agent", GoRedirectTest.BROWSER)
                .when().get("/go/teeter-fitspine-x3/amazon")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Location", nullValue())
                .header("Retry-After", "1")
                .header("Cache-Control", "no-store")
                .body("status", equalTo(503));
    }

    @Test
    void uncountedRedirectsDoNotNeedTheStore() {
        given().redirects().follow(false).header("User-Agent", "Twitterbot/1.0")
                .when().get("/go/teeter-fitspine-x3/amazon").then().statusCode(302);
    }
}
