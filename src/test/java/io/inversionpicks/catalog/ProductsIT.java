package io.inversionpicks.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged application (prod profile, H2 in file mode, the real clock) answers every request of
 * {@link ProductResourceTest} as the test profile does: one start of the jar, the same HTTP checks.
 */
@QuarkusIntegrationTest
class ProductsIT extends ProductResourceTest {
}
