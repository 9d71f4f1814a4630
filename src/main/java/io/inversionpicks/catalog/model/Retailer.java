package io.inversionpicks.catalog.model;

import java.util.List;

/**
 * A shop with an affiliate programme. Offer URLs must use one of its hosts, so a typo can't send money elsewhere.
 *
 * @param linkStyle how its links are shown; {@link LinkStyle#TRACKED} when the file (or a version stored by an older
 *                  release) does not say
 */
public record Retailer(String id, String name, String programme, List<String> allowedHosts, int maxPriceAgeHours,
                       LinkStyle linkStyle) {

    public Retailer {
        allowedHosts = List.copyOf(allowedHosts);
        linkStyle = linkStyle == null ? LinkStyle.TRACKED : linkStyle;
    }
}
