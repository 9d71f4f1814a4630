package io.inversionpicks.recommend;

import io.inversionpicks.catalog.model.NewcomerPolicy;
import io.inversionpicks.catalog.model.Ranking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static io.inversionpicks.recommend.RecommendFixtures.assess;
import static io.inversionpicks.recommend.RecommendFixtures.ids;
import static io.inversionpicks.recommend.RecommendFixtures.rank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Scoring and ranking over the small test catalogue with its ranking.yaml (base 50, see the file for weights). */
class RecommendScoringTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            experience=new&goals=back-pain-relief&heightCm=178&weightKg=90 | beginner-table,budget-table,seated-chair | ceiling-trapeze,doorway-swing,gravity-boots
            experience=new&goals=core-strength&has=pull-up-bar              | budget-table,beginner-table,seated-chair,gravity-boots | ceiling-trapeze,doorway-swing
            experience=experienced&goals=flexibility&space=small&has=pull-up-bar&has=door-mount&has=ceiling-mount | doorway-swing,gravity-boots,budget-table,beginner-table | ceiling-trapeze,seated-chair
            heightCm=195&weightKg=105                                      | beginner-table,seated-chair | budget-table,ceiling-trapeze,doorway-swing,gravity-boots
            heightIn=76.8&weightLb=231.5                                   | beginner-table,seated-chair | budget-table,ceiling-trapeze,doorway-swing,gravity-boots
            maxPrice=150&has=ceiling-mount                                 | ceiling-trapeze,budget-table | beginner-table,doorway-swing,gravity-boots,seated-chair
            experience=new&has=pull-up-bar&maxPrice=45                     | '' | beginner-table,budget-table,ceiling-trapeze,doorway-swing,gravity-boots,seated-chair
            experience=new&goals=back-pain-relief&limit=2                  | beginner-table,budget-table | ceiling-trapeze,doorway-swing,gravity-boots
            """)
    void ranksFittingProductsAndExcludesTheRest(String query, String expectedPicks, String expectedExcluded) {
        Recommender.Ranked ranked = rank(query);
        assertThat(ids(ranked.picks())).as("picks in rank order").isEqualTo(split(expectedPicks));
        assertThat(ids(ranked.excluded())).as("excluded, by id").isEqualTo(split(expectedExcluded));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            experience=new&goals=back-pain-relief&heightCm=178&weightKg=90 | beginner-table | 86.0
            experience=new&goals=back-pain-relief&heightCm=178&weightKg=90 | budget-table   | 83.0
            experience=new&goals=back-pain-relief&heightCm=178&weightKg=90 | seated-chair   | 54.0
            experience=new&goals=core-strength&has=pull-up-bar              | gravity-boots  | 34.2
            experience=experienced&goals=flexibility&space=small&has=door-mount | doorway-swing | 69.0
            weightKg=102                                                   | budget-table   | 48.0
            maxPrice=150&has=ceiling-mount                                 | ceiling-trapeze | 58.2
            """)
    void scoresAreBaseScorePlusBonusesMinusPenalties(String query, String productId, double expected) {
        assertThat(assess(query, productId).score()).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            heightCm=178                      | beginner-table  | reason    | Fits your height (178 cm; supports 142-198 cm)
            heightIn=70                       | beginner-table  | reason    | Fits your height (177.8 cm; supports 142-198 cm)
            heightCm=195                      | budget-table    | exclusion | Outside the height range (195 cm; supports 150-190 cm)
            weightKg=90                       | beginner-table  | reason    | Supports your weight (90 kg; up to 136 kg)
            weightKg=105                      | gravity-boots   | exclusion | Over the weight limit (105 kg; supports up to 100 kg)
            weightKg=102                      | budget-table    | caution   | Close to its weight limit of 110 kg
            experience=new                    | beginner-table  | reason    | Suited to beginners
            experience=new                    | budget-table    | reason    | Tilts no further than 90 degrees, gentle for first sessions
            experience=new                    | seated-chair    | caution   | Best with some inversion experience
            experience=some                   | seated-chair    | reason    | Suited to users with some inversion experience
            experience=new                    | gravity-boots   | caution   | Recommended for experienced users
            ''                                | gravity-boots   | caution   | Recommended for experienced users
            experience=experienced            | gravity-boots   | reason    | Made for experienced users like you
            goals=back-pain-relief            | beginner-table  | reason    | Lumbar support for lower-back relief
            goals=back-pain-relief            | beginner-table  | reason    | Made for back pain relief and spinal decompression
            goals=flexibility                 | beginner-table  | caution   | Not designed for flexibility
            maxPrice=250                      | beginner-table  | reason    | Within your budget ($199.99, as of 23 Nov 2026, 08:00 UTC)
            maxPrice=150                      | beginner-table  | exclusion | Over your budget ($199.99, as of 23 Nov 2026, 08:00 UTC; budget $150.00)
            maxPrice=150                      | ceiling-trapeze | reason    | Last listed within your budget of $150.00; check the current price at the retailer
            maxPrice=50                       | ceiling-trapeze | exclusion | Over your budget of $50.00 at its last listed price
            space=small                       | beginner-table  | reason    | Folds for storage in a small room
            space=small                       | doorway-swing   | reason    | Compact: needs about 80 × 60 cm of floor space
            space=small                       | seated-chair    | exclusion | Needs about 150 × 76 cm of floor space and does not fold, too big for a small room
            ''                                | gravity-boots   | exclusion | Needs a sturdy pull-up bar, which you don't have
            has=pull-up-bar                   | gravity-boots   | caution   | Needs a sturdy pull-up bar
            has=pull-up-bar                   | gravity-boots   | reason    | Uses what you already have: a sturdy pull-up bar
            has=door-mount                    | doorway-swing   | caution   | Needs a door-frame mount
            """)
    void explainsEveryJudgementWithTheProductsData(String query, String productId, String kind, String sentence) {
        Assessment assessment = assess(query, productId);
        List<String> sentences = switch (kind) {
            case "reason" -> assessment.reasons();
            case "caution" -> assessment.cautions();
            case "exclusion" -> assessment.exclusions();
            default -> throw new IllegalArgumentException(kind);
        };
        assertThat(sentences.contains(sentence)).as(() -> kind + "s were " + sentences).isTrue();
    }

    @Test
    void aNewcomerNeverGetsExperiencedOnlyEquipmentFirstWhateverTheWeights() {
        // Weights an editor might set by mistake: no experience penalty and a huge goal bonus favour the boots.
        Ranking generous = new Ranking(50, new Ranking.Bonuses(40, 0, 0, 0, 0, 0, 0, 0, 5),
                new Ranking.Penalties(0, 0, 0, 0), new Ranking.Rules(90, 10, 0.5, NewcomerPolicy.CAUTION));
        Recommender.Ranked ranked = rank(generous, "experience=new&goals=core-strength&has=pull-up-bar");
        Assessment boots = ranked.picks().get(ranked.picks().size() - 1);
        assertThat(boots.product().id()).as("shown last, with a caution").isEqualTo("gravity-boots");
        assertThat(boots.score() > ranked.picks().get(0).score()).as("the boots did score highest").isTrue();
        assertThat(boots.cautions().contains("Recommended for experienced users")).isTrue();
    }

    @Test
    void whenOnlyExperiencedOnlyEquipmentFitsANewcomerItIsExcludedWithTheReason() {
        Recommender.Ranked ranked = rank("experience=new&has=pull-up-bar&maxPrice=45");
        assertThat(ranked.picks().isEmpty()).isTrue();
        Assessment boots = ranked.excluded().stream().filter(a -> a.product().id().equals("gravity-boots"))
                .findFirst().orElseThrow();
        assertThat(boots.exclusions()).isEqualTo(List.of(ProductAssessor.EXPERIENCED_ONLY_FOR_NEWCOMER));
    }

    @Test
    void theExcludePolicyRulesExperiencedOnlyEquipmentOutForNewcomers() {
        Ranking strict = withPolicy(NewcomerPolicy.EXCLUDE);
        Recommender.Ranked ranked = rank(strict, "experience=new&has=pull-up-bar");
        assertThat(ids(ranked.picks()).contains("gravity-boots")).isFalse();
        assertThat(ids(ranked.excluded()).contains("gravity-boots")).isTrue();
        assertThat(ids(rank(strict, "experience=some&has=pull-up-bar").picks()).contains("gravity-boots"))
                .as("the policy concerns newcomers only")
                .isTrue();
    }

    @Test
    void tiesAreBrokenByIdSoTheOrderIsDeterministic() {
        Ranking flat = new Ranking(50, new Ranking.Bonuses(0, 0, 0, 0, 0, 0, 0, 0, 0),
                new Ranking.Penalties(0, 0, 0, 0), new Ranking.Rules(90, 10, 0.5, NewcomerPolicy.CAUTION));
        String everyone = "has=pull-up-bar&has=door-mount&has=ceiling-mount&limit=20";
        Recommender.Ranked ranked = rank(flat, everyone);
        assertThat(ids(ranked.picks()))
                .isEqualTo(List.of("beginner-table", "budget-table", "ceiling-trapeze", "doorway-swing", "gravity-boots",
                "seated-chair"));
        assertThat(rank(flat, everyone)).as("same input, same answer").isEqualTo(ranked);
    }

    @Test
    void scoresStayBetweenZeroAndOneHundred() {
        Ranking extreme = new Ranking(100, new Ranking.Bonuses(100, 100, 100, 100, 100, 100, 100, 100, 100),
                new Ranking.Penalties(100, 100, 100, 100), new Ranking.Rules(90, 10, 0.5, NewcomerPolicy.CAUTION));
        Recommender.Ranked high = rank(extreme, "goals=back-pain-relief&heightCm=170&weightKg=70&has=pull-up-bar");
        Recommender.Ranked low = rank(extreme, "experience=new&goals=flexibility&goals=core-strength");
        assertThat(high.picks().get(0).score()).isEqualTo(100.0);
        assertThat(low.picks().get(low.picks().size() - 1).score()).isEqualTo(0.0);
    }

    private static Ranking withPolicy(NewcomerPolicy policy) {
        Ranking shipped = RecommendFixtures.SMALL.ranking();
        Ranking.Rules rules = shipped.rules();
        return new Ranking(shipped.baseScore(), shipped.bonuses(), shipped.penalties(),
                new Ranking.Rules(rules.gentleAngleMaxDeg(), rules.nearWeightLimitKg(),
                        rules.smallSpaceMaxFootprintM2(), policy));
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(String::trim).toList();
    }
}
