package io.inversionpicks.catalog;

import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.catalog.view.OfferView;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.catalog.view.ProductView;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders products for readers at a given moment. A price older than its retailer's maximum age is never shown
 * (Amazon allows 24 hours); the reader is sent to the retailer for the current price instead.
 */
final class ProductViews {

    private static final double LB_PER_KG = 2.2046226218;

    private final Catalogue catalogue;
    private final AffiliateLinks links;
    private final Instant now;
    private final Map<String, Retailer> retailers;

    ProductViews(Catalogue catalogue, AffiliateLinks links, Instant now) {
        this.catalogue = catalogue;
        this.links = links;
        this.now = now;
        this.retailers = catalogue.retailersById();
    }

    ProductView render(Product p) {
        List<OfferView> offers = p.offers().stream().map(o -> offer(p, o)).toList();
        PriceView lowest = offers.stream().map(OfferView::price).filter(Objects::nonNull)
                .min(Comparator.comparing(PriceView::amount)).orElse(null);
        String priceNote = lowest != null ? null : "Check the current price at " + offers.get(0).retailerName();
        return new ProductView(p.id(), p.name(), p.brand(), p.category(), p.summary(), p.beginnerFriendly(),
                p.experienceLevel(), p.lumbarSupport(), p.maxUserWeightKg(), Math.round(p.maxUserWeightKg() * LB_PER_KG),
                p.userHeightCm(), p.maxInversionAngleDeg(), p.foldable(), p.footprintCm(), p.requires(),
                p.safetyFeatures(), p.goals(), p.pros(), p.cons(), lowest, priceNote, offers);
    }

    private OfferView offer(Product product, Offer offer) {
        Retailer retailer = retailers.get(offer.retailer());
        boolean fresh = now.isBefore(expiry(offer));
        PriceView price = fresh ? new PriceView(offer.price().amount(), offer.price().currency(),
                offer.price().asOf(), offer.retailer(), display(offer.price())) : null;
        String note = fresh ? null : "Check the current price at " + retailer.name();
        return new OfferView(offer.retailer(), retailer.name(), price, note, links.link(catalogue, product, offer));
    }

    /** The earliest moment a price shown now becomes too old; the read model is re-rendered then. */
    Instant nextExpiry() {
        return catalogue.products().stream().flatMap(p -> p.offers().stream()).map(this::expiry)
                .filter(now::isBefore).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    private Instant expiry(Offer offer) {
        return offer.price().asOfInstant().plus(Duration.ofHours(retailers.get(offer.retailer()).maxPriceAgeHours()));
    }

    static String display(Offer.Price price) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(price.currency()));
        return format.format(price.amount());
    }
}
