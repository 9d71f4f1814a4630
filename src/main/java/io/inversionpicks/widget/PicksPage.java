package io.inversionpicks.widget;

import io.inversionpicks.catalog.view.Disclosure;

import java.util.List;

/**
 * Everything the recommendation widget shows. With an advisory (the reader named a condition that inversion can
 * worsen) there are no cards and no retailer links.
 */
public record PicksPage(List<PickCard> cards, Disclosure disclosure, SafetyNote safety, Advisory advisory,
                        WidgetLook look) {

    /** Why the widget shows no products: the reader should talk to a doctor first. */
    public record Advisory(String title, String message) {
    }

    public boolean hasRetailerLinks() {
        return cards.stream().anyMatch(c -> !c.product().offers().isEmpty());
    }
}
