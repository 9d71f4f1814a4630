package io.inversionpicks.sync;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amazon's data may be shown for 24 hours, so the sync must run more often than that, or be off. */
class SyncIntervalTest {

    @Test
    void anIntervalBelow24HoursOrOffIsAccepted() {
        assertThatCode(() -> RetailerSync.checkInterval("1h")).doesNotThrowAnyException();
        assertThatCode(() -> RetailerSync.checkInterval("23h59m")).doesNotThrowAnyException();
        assertThatCode(() -> RetailerSync.checkInterval("PT30M")).doesNotThrowAnyException();
        assertThatCode(() -> RetailerSync.checkInterval("off")).doesNotThrowAnyException();
    }

    @Test
    void aDayOrMoreIsRefusedWithTheReason() {
        assertThatThrownBy(() -> RetailerSync.checkInterval("24h")).hasMessageContaining("must be below 24h");
        assertThatThrownBy(() -> RetailerSync.checkInterval("2d")).hasMessageContaining("must be below 24h");
    }

    @Test
    void somethingThatIsNoDurationIsNamed() {
        assertThatThrownBy(() -> RetailerSync.checkInterval("hourly")).hasMessageContaining("'hourly'");
    }
}
