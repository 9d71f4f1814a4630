package io.inversionpicks.widget;

import io.inversionpicks.catalog.view.OfferView;

/**
 * An offer as a widget page shows it: its link attributed to the widget's placement and the blog post.
 *
 * @param href where the reader goes: the tracked /go link, or the retailer itself for a direct link
 * @param ping for a direct link, the click URL for the {@code ping} attribute and the beacon; null otherwise
 */
public record WidgetOffer(OfferView offer, String href, String ping) {
}
