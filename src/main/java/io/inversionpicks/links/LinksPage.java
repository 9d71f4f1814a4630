package io.inversionpicks.links;

import io.quarkus.qute.TemplateInstance;

import java.util.List;
import java.util.Map;

/** The editors' link-health page (templates/LinksPage.html). Qute escapes every value. */
public record LinksPage(String siteName, String lastRound, Map<String, Integer> counts, List<OfferLink> offers)
        implements TemplateInstance {
}
