package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** An editor pins an offer "show anyway" in the product file, with a reason; the loaded offer carries it. */
class PinnedOfferLoadTest {

    @Test
    void aPinWithAReasonLoads() {
        CatalogueFolder folder = CatalogueFolder.create();
        folder.edit("products/test-table.yaml", c -> c.replace("url: https://www.walmart.com/ip/test-table\n",
                "url: https://www.walmart.com/ip/test-table\n    showAnyway: Walmart answers robots with 404\n"));

        LoadResult result = new CatalogueLoader().load(folder.root(), Fixtures.NOW);

        assertThat(result).asInstanceOf(type(LoadResult.Loaded.class)).satisfies(loaded -> assertThat(
                loaded.catalogue().products().stream().filter(p -> p.id().equals("test-table")).findFirst()
                        .orElseThrow().offerAt("walmart").orElseThrow().showAnyway())
                .isEqualTo("Walmart answers robots with 404"));
    }
}
