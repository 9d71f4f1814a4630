package io.inversionpicks.deploy;

import io.smallrye.config.SmallRyeConfig;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a packaged jar does with its database when nothing is overridden: keep data, migrate forward, never drop. */
class ProductionDatabaseConfigTest {

    private final SmallRyeConfig prod = ProdProfileConfig.of("prod");

    @Test
    void prodKeepsH2InAFileInTheDataDirectory() {
        String url = prod.getValue("quarkus.datasource.jdbc.url", String.class);

        assertEquals("h2", prod.getValue("quarkus.datasource.db-kind", String.class), "H2 unless built with -Ppostgresql");
        assertTrue(url.startsWith("jdbc:h2:file:" + prod.getValue("app.data-dir", String.class) + "/"), url);
        // H2 refuses a path that is implicitly relative to the working directory ("data/x"): ./ or / only.
        assertTrue(url.startsWith("jdbc:h2:file:./") || url.startsWith("jdbc:h2:file:/"), url);
    }

    @Test
    void testsKeepAnInMemoryDatabase() {
        String url = ProdProfileConfig.of("test").getValue("quarkus.datasource.jdbc.url", String.class);

        assertTrue(url.startsWith("jdbc:h2:mem:"), url);
    }

    @Test
    void prodMigratesWithFlywayAndNeverDropsOrRegeneratesTheSchema() {
        assertTrue(prod.getValue("quarkus.flyway.migrate-at-start", Boolean.class), "migrate at start");
        assertFalse(prod.getOptionalValue("quarkus.flyway.clean-at-start", Boolean.class).orElse(false), "clean at start");
        assertTrue(prod.getValue("quarkus.flyway.clean-disabled", Boolean.class), "clean disabled");
        String strategy = prod.getOptionalValue("quarkus.hibernate-orm.schema-management.strategy", String.class)
                .orElse("none");
        assertTrue(Set.of("none", "validate").contains(strategy), "Hibernate leaves the schema to Flyway: " + strategy);
        assertFalse(prod.getOptionalValue("quarkus.hibernate-orm.database.generation", String.class).isPresent(),
                "no legacy schema generation setting");
    }
}
