package io.inversionpicks.startup;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.ObserverMethod;

/**
 * Scheduled jobs start once the catalogue is published. The schedulers start halted
 * ({@code quarkus.scheduler.start-mode=halted}); otherwise they start before every other start-up observer and fire
 * their first jobs while the catalogue is still loading. On a start that fails because the catalogue files are
 * invalid, such a job then ran into the shutting-down container, and its stack trace followed the list of problems the
 * editor has to fix. Resumed here, after the catalogue (default priority) and the sync's start-up (RetailerSync).
 */
@ApplicationScoped
class ScheduledJobsStart {

    static final int AFTER_CATALOGUE_AND_SYNC = ObserverMethod.DEFAULT_PRIORITY + 200;

    void resume(@Observes @Priority(AFTER_CATALOGUE_AND_SYNC) StartupEvent event, Scheduler scheduler) {
        scheduler.resume();
    }
}
