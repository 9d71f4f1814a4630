package io.inversionpicks.recommend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.CatalogueService;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Ranking;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(published, store.latest().orElseThrow().catalogue().ranking());
    }

    @Test
    void aVersionStoredBeforeRankingExistedReadsBackWithTheFallback() throws Exception {
        String old = """
                {"categories":[],"retailers":[],"programmes":[],
                 "disclosures":{"general":"A general disclosure text.","programmes":{}},"products":[]}""";
        assertEquals(Ranking.FALLBACK, mapper.readValue(old, Catalogue.class).ranking());
    }
}
