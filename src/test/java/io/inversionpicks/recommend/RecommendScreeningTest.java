package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.Equipment;
import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.catalog.view.HealthSources;
import io.inversionpicks.catalog.view.ProductCaution;
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

/**
 * Health screening: every contraindication rules inversion out, every precaution leaves the products to their
 * cautions, every condition has a source, and the list can't shrink by accident.
 */
class RecommendScreeningTest {

    /** Was "every condition gives an advisory": since issue 17 only the contraindications do. */
    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyContraindicationGivesAnAdvisoryToTalkToADoctorAndNoPrecautionDoes(Condition condition) {
        if (condition.kind() == ConditionKind.PRECAUTION) {
            assertThat(Advisory.screen(query("conditions=" + condition.slug()).profile().conditions())).isEmpty();
            return;
        }
        Advisory advisory = Advisory.screen(query("conditions=" + condition.slug()).profile().conditions())
                .orElseThrow();
        assertThat(advisory.conditions()).isEqualTo(List.of(condition));
        assertThat(advisory.title()).isEqualTo("Inversion is not recommended for you");
        assertThat(advisory.message().startsWith("Inversion is not recommended with " + condition.label()))
                .as(advisory.message())
                .isTrue();
        assertThat(advisory.message().contains("talk to your doctor")).as(advisory.message()).isTrue();
        assertThat(advisory.details()).isEqualTo(List.of(ConditionDetail.of(condition)));
    }

    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyConditionIsExplainedAndHasAnHttpsSource(Condition condition) {
        assertThat(condition.label()).isNotBlank();
        assertThat(condition.why()).isNotBlank();
        assertThat(condition.rationale()).isNotBlank();
        assertThat(condition.sources()).isNotEmpty();
        assertThat(condition.sources()).allSatisfy(source -> {
            assertThat(source.url()).startsWith("https://");
            assertThat(source.title()).isNotBlank();
            assertThat(source.publisher()).isNotBlank();
            assertThat(HealthSources.ALL).contains(source);
        });
    }

    @Test
    void aContraindicationNextToAPrecautionStillRulesInversionOut() {
        Advisory advisory = Advisory.screen(query("conditions=pregnancy,glaucoma").profile().conditions())
                .orElseThrow();
        assertThat(advisory.conditions()).isEqualTo(List.of(Condition.GLAUCOMA));
        assertThat(advisory.message()).doesNotContain("pregnancy");
    }

    @Test
    void productCautionsGoWithGravityBootsAndHangingEquipment() {
        assertThat(ProductCaution.forProduct("gravity-boots", List.of(Equipment.PULL_UP_BAR)))
                .containsExactly(ProductCaution.GRAVITY_BOOTS.text());
        assertThat(ProductCaution.forProduct("yoga-trapeze", List.of(Equipment.DOOR_MOUNT)))
                .containsExactly(ProductCaution.DOOR_FRAME.text());
        assertThat(ProductCaution.forProduct("yoga-trapeze", List.of(Equipment.CEILING_MOUNT)))
                .containsExactly(ProductCaution.CEILING_ANCHOR.text());
        assertThat(ProductCaution.forProduct("inversion-table", List.of())).isEmpty();
        for (ProductCaution caution : ProductCaution.values()) {
            assertThat(caution.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
        }
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
            // As a parameter, too: a comma or semicolon would split a label into conditions nobody meant.
            assertThat(ReportedConditions.read(List.of(spelling)))
                    .as(spelling).isEqualTo(new ReportedConditions(List.of(condition), List.of()));
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

    /** The eight the service started with stay contraindications; the slugs of the API can't change by accident. */
    @Test
    void theContraindicationsAndPrecautionsAreExactlyTheOnesTheApiPromises() {
        assertThat(Set.copyOf(slugsOf(ConditionKind.CONTRAINDICATION)))
                .isEqualTo(Set.of("high-blood-pressure", "glaucoma", "eye-condition", "heart-disease", "hernia",
                        "osteoporosis", "recent-fracture", "inner-ear", "ocular-hypertension",
                        "macular-degeneration", "retinal-vascular-disease", "conjunctivitis", "recent-stroke",
                        "carotid-stenosis", "spinal-injury", "spinal-infection", "spinal-tumour",
                        "inflammatory-arthritis", "spinal-cord-compression", "middle-ear-infection"));
        assertThat(Set.copyOf(slugsOf(ConditionKind.PRECAUTION)))
                .isEqualTo(Set.of("anticoagulants", "orthopaedic-implant", "pregnancy", "hypermobility",
                        "extreme-obesity"));
        assertThat(Slugged.slugs(Condition.class)).hasSize(25);
    }

    private static List<String> slugsOf(ConditionKind kind) {
        return java.util.Arrays.stream(Condition.values()).filter(c -> c.kind() == kind).map(Condition::slug).toList();
    }
}
