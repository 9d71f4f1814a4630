package io.inversionpicks.widget;

import io.inversionpicks.catalog.view.Disclosure;
import io.inversionpicks.catalog.view.SafetyGuidance;
import io.inversionpicks.recommend.Advisory;

import java.util.List;

/**
 * Everything the recommendation widget shows. With an advisory (the reader named a condition that inversion can
 * worsen) there are no cards and no retailer links.
 */
public record PicksPage(List<PickCard> cards, Disclosure disclosure, SafetyGuidance safety, Advisory advisory,
                        WidgetLook look, ReaderProfileForm form) {
}
