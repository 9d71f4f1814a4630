package io.inversionpicks.catalog;

import io.inversionpicks.catalog.store.VersionInfo;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a catalogue is published and the files were checked since start-up (a restart serves its stored
 * version before that, see {@link CatalogueService#startupChecked()}); a rejected edit does not make the service
 * unready.
 */
@Readiness
@ApplicationScoped
public class CatalogueReadiness implements HealthCheck {

    private final CatalogueService catalogue;

    public CatalogueReadiness(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("catalogue");
        if (!catalogue.ready()) {
            return response.down().build();
        }
        VersionInfo version = catalogue.current().version();
        if (!catalogue.startupChecked()) {
            return response.down().withData("version", version.label()).withData("productCount", version.productCount())
                    .withData("source", version.source())
                    .withData("checking", "the files in " + catalogue.config().path() + ", read since start-up; "
                            + "serving the stored version meanwhile").build();
        }
        response.up().withData("version", version.label()).withData("productCount", version.productCount())
                .withData("source", version.source());
        catalogue.lastFailure().ifPresent(f -> response.withData("lastRejectedReload", f.at().toString()));
        return response.build();
    }
}
