package io.inversionpicks.widget;

import io.inversionpicks.catalog.view.Disclosure;
import io.inversionpicks.catalog.view.SafetyGuidance;
import io.inversionpicks.recommend.Advisory;
import io.inversionpicks.recommend.ConditionDetail;

import java.util.List;

/**
 * Everything the recommendation widget shows. With an advisory (the reader named a condition that inversion can
 * worsen, or one the service can't assess) there are no cards and no retailer links; with precautions the cards are
 * shown, each cautioned, and the precautions are explained above them with their sources.
 */
public record PicksPage(List<PickCard> cards, Disclosure disclosure, SafetyGuidance safety, Advisory advisory,
                        List<ConditionDetail> precautions, WidgetLook look, ReaderProfileForm form) {
}
