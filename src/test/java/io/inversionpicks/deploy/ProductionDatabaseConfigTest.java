package io.inversionpicks.deploy;

import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a packaged jar does with its database when nothing is overridden: keep data, migrate forward, never drop. */
class ProductionDatabaseConfigTest {

    private final SmallRyeConfig prod = ProdProfileConfig.of("prod");

    @Test
    void prodKeepsH2InAFileInTheDataDirectory() {
        String url = prod.getValue("quarkus.datasource.jdbc.url", String.class);

        assertThat(prod.getValue("quarkus.datasource.db-kind", String.class))
                .as("H2 unless built with -Ppostgresql")
                .isEqualTo("h2");
        assertThat(url.startsWith("jdbc:h2:file:" + prod.getValue("app.data-dir", String.class) + "/"))
                .as(url)
                .isTrue();
        // H2 refuses a path that is implicitly relative to the working directory ("data/x"): ./ or / only.
        assertThat(url.startsWith("jdbc:h2:file:./") || url.startsWith("jdbc:h2:file:/")).as(url).isTrue();
    }

    @Test
    void testsKeepAnInMemoryDatabase() {
        String url = ProdProfileConfig.of("test").getValue("quarkus.datasource.jdbc.url", String.class);

        assertThat(url.startsWith("jdbc:h2:mem:")).as(url).isTrue();
    }

    @Test
    void prodMigratesWithFlywayAndNeverDropsOrRegeneratesTheSchema() {
        assertThat(prod.getValue("quarkus.flyway.migrate-at-start", Boolean.class)).as("migrate at start").isTrue();
        assertThat(prod.getOptionalValue("quarkus.flyway.clean-at-start", Boolean.class).orElse(false))
                .as("clean at start")
                .isFalse();
        assertThat(prod.getValue("quarkus.flyway.clean-disabled", Boolean.class)).as("clean disabled").isTrue();
        String strategy = prod.getOptionalValue("quarkus.hibernate-orm.schema-management.strategy", String.class)
                .orElse("none");
        assertThat(Set.of("none", "validate").contains(strategy))
                .as("Hibernate leaves the schema to Flyway: " + strategy)
                .isTrue();
        assertThat(prod.getOptionalValue("quarkus.hibernate-orm.database.generation", String.class).isPresent())
                .as("no legacy schema generation setting")
                .isFalse();
    }
}
