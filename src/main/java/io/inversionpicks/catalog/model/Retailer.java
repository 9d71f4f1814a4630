package io.inversionpicks.catalog.model;

import java.util.List;

/** A shop with an affiliate programme. Offer URLs must use one of its hosts, so a typo can't send money elsewhere. */
public record Retailer(String id, String name, String programme, List<String> allowedHosts, int maxPriceAgeHours) {

    public Retailer {
        allowedHosts = List.copyOf(allowedHosts);
    }
}
