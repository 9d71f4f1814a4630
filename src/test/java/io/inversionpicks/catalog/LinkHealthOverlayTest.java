package io.inversionpicks.catalog;

import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.ProductStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which offers readers see once the link checker hid some, and what an editor's pin changes. */
class LinkHealthOverlayTest {

    private static final Offer AMAZON = new Offer("amazon", "https://www.amazon.com/dp/B000TEST01", null);
    private static final Offer WALMART = new Offer("walmart", "https://www.walmart.com/ip/x/12345", null);
    private static final Offer PINNED = new Offer("walmart", "https://www.walmart.com/ip/x/12345", null, null, null,
            null, "Walmart answers robots with 404; checked by hand on 2026-12-01");

    private static Product product(Offer... offers) {
        return new Product("t", ProductStatus.ACTIVE, "Table", "Brand", "inversion-table", "A table.", true, null,
                false, 100, new Product.Range(150, 200), 180, true, new Product.Footprint(1, 1, 1), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(offers), List.of());
    }

    @Test
    void nothingHiddenLeavesTheVeryProduct() {
        Product product = product(AMAZON, WALMART);
        assertThat(LinkHealth.NONE.shown(product)).isSameAs(product);
        assertThat(new LinkHealth(Map.of(new OfferKey("other", "walmart"), WALMART.url())).shown(product)).isSameAs(product);
    }

    @Test
    void aHiddenOfferIsLeftOutAndAProductWithNoneLeftIsNotShown() {
        LinkHealth walmartBroken = new LinkHealth(Map.of(new OfferKey("t", "walmart"), WALMART.url()));
        assertThat(walmartBroken.shown(product(AMAZON, WALMART)).offers()).containsExactly(AMAZON);
        assertThat(walmartBroken.shown(product(WALMART))).isNull();
    }

    @Test
    void anOfferAnEditorGaveAnotherUrlIsShownAtOnce() {
        LinkHealth walmartBroken = new LinkHealth(Map.of(new OfferKey("t", "walmart"), WALMART.url()));
        Offer moved = new Offer("walmart", "https://www.walmart.com/ip/x-new/67890", null);
        Product product = product(AMAZON, moved);
        assertThat(walmartBroken.shown(product)).isSameAs(product);
    }

    @Test
    void anEditorsPinKeepsTheOfferShown() {
        LinkHealth walmartBroken = new LinkHealth(Map.of(new OfferKey("t", "walmart"), WALMART.url()));
        Product product = product(PINNED);
        assertThat(walmartBroken.shown(product)).isSameAs(product);
        assertThat(walmartBroken.hides(product, PINNED)).isFalse();
    }
}
