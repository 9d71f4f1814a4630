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
import static org.assertj.core.api.Assertions.assertThat;

/** Health screening: every reportable condition rules inversion out, and the list can't shrink by accident. */
class RecommendScreeningTest {

    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyConditionGivesAnAdvisoryToTalkToADoctor(Condition condition) {
        Advisory advisory = Advisory.screen(query("conditions=" + condition.slug()).profile().conditions())
                .orElseThrow();
        assertThat(advisory.conditions()).isEqualTo(List.of(condition));
        assertThat(advisory.title()).isEqualTo("Inversion is not recommended for you");
        assertThat(advisory.message().startsWith("Inversion is not recommended with " + condition.label()))
                .as(advisory.message())
                .isTrue();
        assertThat(advisory.message().contains("talk to your doctor")).as(advisory.message()).isTrue();
    }

    @Test
    void severalConditionsAreAllNamed() {
        Advisory advisory = Advisory.screen(query("conditions=inner-ear&conditions=glaucoma,hernia").profile()
                .conditions()).orElseThrow();
        assertThat(advisory.conditions()).isEqualTo(List.of(Condition.GLAUCOMA, Condition.HERNIA, Condition.INNER_EAR));
        assertThat(advisory.message().contains("glaucoma (") && advisory.message().contains(", a hernia (")
                && advisory.message().contains(" or an inner-ear problem ("))
                .as(advisory.message())
                .isTrue();
    }

    /** Enumerated, so a condition added later is understood under its label and other names as well. */
    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyConditionIsUnderstoodUnderItsSlugConstantLabelAndOtherNames(Condition condition) {
        List<String> spellings = new ArrayList<>(List.of(condition.slug(), condition.slug().toUpperCase(Locale.ROOT),
                condition.name(), condition.label(), " " + condition.label().toUpperCase(Locale.ROOT) + " "));
        spellings.addAll(condition.otherNames());
        for (String spelling : spellings) {
            assertThat(ReportedConditions.recognise(spelling)).as(spelling).isEqualTo(Optional.of(condition));
        }
    }

    @Test
    void onlyValuesThatNameNothingReportNothing() {
        assertThat(ReportedConditions.read(null).any()).isFalse();
        assertThat(ReportedConditions.read(List.of("", " , ; ", "-", "?!")).any()).isFalse();
        assertThat(ReportedConditions.read(List.of(",-;x")).unrecognised()).isEqualTo(List.of("x"));
    }

    @Test
    void noConditionMeansNoAdvisory() {
        assertThat(Advisory.screen(List.of()).isEmpty()).isTrue();
    }

    @Test
    void theContraindicationsAreExactlyTheOnesTheApiPromises() {
        assertThat(Set.copyOf(Slugged.slugs(Condition.class)))
                .isEqualTo(Set.of("high-blood-pressure", "glaucoma", "eye-condition", "heart-disease", "hernia",
                "osteoporosis", "recent-fracture", "inner-ear"));
    }
}
