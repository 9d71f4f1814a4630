package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.Slugged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static io.inversionpicks.recommend.RecommendFixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health screening: every reportable condition rules inversion out, and the list can't shrink by accident. */
class RecommendScreeningTest {

    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyConditionGivesAnAdvisoryToTalkToADoctor(Condition condition) {
        Advisory advisory = Advisory.screen(query("conditions=" + condition.slug()).profile().conditions())
                .orElseThrow();
        assertEquals(List.of(condition), advisory.conditions());
        assertEquals("Inversion is not recommended for you", advisory.title());
        assertTrue(advisory.message().startsWith("Inversion is not recommended with " + condition.label()),
                advisory.message());
        assertTrue(advisory.message().contains("talk to your doctor"), advisory.message());
    }

    @Test
    void severalConditionsAreAllNamed() {
        Advisory advisory = Advisory.screen(query("conditions=inner-ear&conditions=glaucoma,hernia").profile()
                .conditions()).orElseThrow();
        assertEquals(List.of(Condition.GLAUCOMA, Condition.HERNIA, Condition.INNER_EAR), advisory.conditions());
        assertTrue(advisory.message().contains("glaucoma (") && advisory.message().contains(", a hernia (")
                && advisory.message().contains(" or an inner-ear problem ("), advisory.message());
    }

    /** Enumerated, so a condition added later is understood under its label and other names as well. */
    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyConditionIsUnderstoodUnderItsSlugConstantLabelAndOtherNames(Condition condition) {
        List<String> spellings = new ArrayList<>(List.of(condition.slug(), condition.slug().toUpperCase(Locale.ROOT),
                condition.name(), condition.label(), " " + condition.label().toUpperCase(Locale.ROOT) + " "));
        spellings.addAll(condition.otherNames());
        for (String spelling : spellings) {
            assertEquals(Optional.of(condition), ReportedConditions.recognise(spelling), spelling);
        }
    }

    @Test
    void onlyBlankValuesReportNothing() {
        assertFalse(ReportedConditions.read(null).any());
        assertFalse(ReportedConditions.read(List.of("", " , ; ")).any());
        assertEquals(List.of("-"), ReportedConditions.read(List.of("-")).unrecognised());
    }

    @Test
    void noConditionMeansNoAdvisory() {
        assertTrue(Advisory.screen(List.of()).isEmpty());
    }

    @Test
    void theContraindicationsAreExactlyTheOnesTheApiPromises() {
        assertEquals(Set.of("high-blood-pressure", "glaucoma", "eye-condition", "heart-disease", "hernia",
                "osteoporosis", "recent-fracture", "inner-ear"), Set.copyOf(Slugged.slugs(Condition.class)));
    }
}
