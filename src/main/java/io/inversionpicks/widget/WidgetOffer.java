package io.inversionpicks.widget;

import io.inversionpicks.catalog.view.OfferView;

/** An offer as a widget shows it: its tracked link carries the widget's placement instead of the API's. */
public record WidgetOffer(OfferView offer, String href) {
}
