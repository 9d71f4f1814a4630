package io.inversionpicks.startup;

import io.inversionpicks.catalog.CatalogueService;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schedulers start halted and run once the catalogue is published: both of them, Quartz and the simple one. */
@QuarkusTest
class ScheduledJobsStartTest {

    @Inject
    Scheduler scheduler;
    @Inject
    org.quartz.Scheduler quartz;
    @Inject
    CatalogueService catalogue;

    @Test
    void jobsRunOnceTheCatalogueIsPublished() throws Exception {
        assertThat(catalogue.ready()).isTrue();
        assertThat(scheduler.isRunning()).isTrue();
        assertThat(quartz.isInStandbyMode()).isFalse();
    }
}
