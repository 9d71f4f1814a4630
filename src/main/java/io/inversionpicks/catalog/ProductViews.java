package io.inversionpicks.catalog;

import io.inversionpicks.catalog.link.AmazonProductPath;
import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.PriceSource;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.catalog.view.OfferView;
import io.inversionpicks.catalog.view.PriceView;
import io.inversionpicks.catalog.view.ProductCaution;
import io.inversionpicks.catalog.view.ProductView;
import io.inversionpicks.catalog.view.SourceView;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders products for readers at a given moment. A price is shown only while it is younger than its retailer's
 * maximum age (Amazon allows 24 hours), always with when it was seen, and for a programme whose prices may only come
 * from its API, only a price from that API ({@link RetailerPrices}), never one from the catalogue files. Without a
 * price the reader is sent to the retailer for it.
 */
final class ProductViews {

    private static final double LB_PER_KG = 2.2046226218;

    /** A product's view, and the moment a price it shows expires (Instant.MAX if it shows none). */
    record Rendered(ProductView view, Instant shownUntil) {
    }

    private final Catalogue catalogue;
    private final AffiliateLinks links;
    private final RetailerPrices apiPrices;
    private final Instant now;
    private final Map<String, Retailer> retailers;
    private final Map<String, AffiliateProgramme> programmes;

    ProductViews(Catalogue catalogue, AffiliateLinks links, RetailerPrices apiPrices, Instant now) {
        this.catalogue = catalogue;
        this.links = links;
        this.apiPrices = apiPrices;
        this.now = now;
        this.retailers = catalogue.retailersById();
        this.programmes = catalogue.programmesById();
    }

    Rendered render(Product p) {
        List<OfferView> offers = new ArrayList<>(p.offers().size());
        Instant shownUntil = Instant.MAX;
        for (Offer offer : p.offers()) {
            OfferView view = offer(p, offer);
            offers.add(view);
            if (OfferView.OUT_OF_STOCK.equals(view.availability())) {
                shownUntil = min(shownUntil, outOfStockUntil(p, offer));
            }
            if (view.price() != null) {
                shownUntil = min(shownUntil, Instant.parse(view.price().shownUntil()));
            }
        }
        PriceView lowest = offers.stream().map(OfferView::price).filter(Objects::nonNull)
                .min(Comparator.comparing(PriceView::amount)).orElse(null);
        String priceNote = lowest != null ? null : offers.get(0).priceNote();
        return new Rendered(new ProductView(p.id(), p.name(), p.brand(), p.category(), p.summary(),
                p.beginnerFriendly(), p.experienceLevel(), p.lumbarSupport(), p.maxUserWeightKg(),
                Math.round(p.maxUserWeightKg() * LB_PER_KG), p.userHeightCm(), p.maxInversionAngleDeg(), p.foldable(),
                p.footprintCm(), p.requires(), p.safetyFeatures(), p.goals(), p.pros(), p.cons(), lowest, priceNote,
                List.copyOf(offers), sources(p), ProductCaution.forProduct(p.category(), p.requires())), shownUntil);
    }

    private static List<SourceView> sources(Product p) {
        return p.sources().stream().map(s -> new SourceView(s.url(), s.supports(), s.claims())).toList();
    }

    private OfferView offer(Product product, Offer offer) {
        Retailer retailer = retailers.get(offer.retailer());
        boolean apiOnly = pricesOnlyFromApi(retailer);
        // A fetched price (API or feed) comes first; a price typed into the files is the fallback, where allowed.
        Offer.Price seen = apiPrices.price(product.id(), offer.retailer()).orElse(apiOnly ? null : offer.price());
        Instant expiry = seen == null ? null : expiry(seen, retailer);
        PriceView price = expiry != null && now.isBefore(expiry) ? view(seen, retailer, expiry, apiOnly) : null;
        String image = apiPrices.image(product.id(), offer.retailer()).orElse(null);
        if (now.isBefore(outOfStockUntil(product, offer))) {
            // The retailer says it cannot sell it now: no price, whatever an older answer or the files said.
            return new OfferView(offer.retailer(), retailer.name(), null, unavailable(retailer.name()),
                    OfferView.OUT_OF_STOCK, image, links.link(catalogue, product, offer));
        }
        String note = price == null ? seeThePrice(retailer.name()) : null;
        // The image comes with a fetched price and goes with it: never beside the files' price, never after expiry.
        boolean fetchedPriceShown = price != null && apiPrices.price(product.id(), offer.retailer()).isPresent();
        return new OfferView(offer.retailer(), retailer.name(), price, note, null, fetchedPriceShown ? image : null,
                links.link(catalogue, product, offer));
    }

    /** Until when the API's word that the offer is out of stock may be shown; Instant.MIN if it said no such thing. */
    private Instant outOfStockUntil(Product product, Offer offer) {
        Retailer retailer = retailers.get(offer.retailer());
        return apiPrices.outOfStockSince(product.id(), offer.retailer())
                .map(since -> since.plus(Duration.ofHours(retailer.maxPriceAgeHours()))).orElse(Instant.MIN);
    }

    /** An offer its retailer's API says is out of stock. */
    static String unavailable(String retailerName) {
        return "Currently unavailable at " + retailerName;
    }

    /**
     * Amazon's prices come only from its API, even in a catalogue version recorded before programmes declared where
     * their prices come from (served from the database after a broken start): an Amazon host is enough.
     */
    private boolean pricesOnlyFromApi(Retailer retailer) {
        return pricesOnlyFromApi(catalogue, retailer);
    }

    static boolean pricesOnlyFromApi(Catalogue catalogue, Retailer retailer) {
        return catalogue.programmesById().get(retailer.programme()).prices() == PriceSource.API_ONLY
                || retailer.allowedHosts().stream().anyMatch(AmazonProductPath::isAmazonHost);
    }

    private static PriceView view(Offer.Price price, Retailer retailer, Instant expiry, boolean fromApi) {
        Instant asOf = price.asOfInstant();
        return new PriceView(price.amount(), price.currency(), asOf.toString(), PriceView.asOfDisplay(asOf),
                retailer.id(), retailer.name(), display(price), expiry.toString(),
                fromApi ? PriceView.API_PRICE_DISCLAIMER : null);
    }

    private static Instant expiry(Offer.Price price, Retailer retailer) {
        return price.asOfInstant().plus(Duration.ofHours(retailer.maxPriceAgeHours()));
    }

    /** The call to action where no price may be shown: never a number. */
    static String seeThePrice(String retailerName) {
        return "See the price at " + retailerName;
    }

    static String display(Offer.Price price) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(price.currency()));
        return format.format(price.amount());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
