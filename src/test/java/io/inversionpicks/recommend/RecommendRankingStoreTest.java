package io.inversionpicks.recommend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Ranking;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking is recorded with each catalogue version, so a restart with broken files still ranks the same way. */
@QuarkusTest
class RecommendRankingStoreTest {

    @Inject
    CatalogueStore store;

    @Inject
    CatalogueService catalogue;

    @Inject
    ObjectMapper mapper;

    @Test
    void theStoredVersionKeepsItsRanking() {
        Ranking published = catalogue.current().catalogue().ranking();
        assertThat(store.latest().orElseThrow().catalogue().ranking()).isEqualTo(published);
    }

    @Test
    void aVersionStoredBeforeRankingExistedReadsBackWithTheFallback() throws Exception {
        String old = """
                {"categories":[],"retailers":[],"programmes":[],
                 "disclosures":{"general":"A general disclosure text.","programmes":{}},"products":[]}""";
        assertThat(mapper.readValue(old, Catalogue.class).ranking()).isEqualTo(Ranking.FALLBACK);
    }
}
