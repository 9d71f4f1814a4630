package io.inversionpicks.recommend;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.CatalogueProblem;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.model.NewcomerPolicy;
import io.inversionpicks.catalog.model.Ranking;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** ranking.yaml is part of the catalogue: read into it, and validated like every other file, each problem at its line. */
class RecommendRankingFileTest {

    @TempDir
    Path folder;

    @Test
    void theShippedCatalogueHasItsRanking() {
        LoadResult result = new CatalogueLoader().load(Fixtures.SHIPPED_CATALOGUE, Fixtures.NOW);
        Ranking ranking = assertThat(result).asInstanceOf(type(LoadResult.Loaded.class)).actual().catalogue().ranking();
        assertThat(ranking.rules().experiencedOnlyForNewcomers()).isEqualTo(NewcomerPolicy.CAUTION);
        assertThat(ranking.bonuses().goalMatched() > 0 && ranking.penalties().perExperienceLevelAbove() > 0).isTrue();
    }

    @Test
    void theTestCatalogueReadsEveryWeight() {
        Ranking ranking = RecommendFixtures.SMALL.ranking();
        assertThat(ranking.baseScore()).isEqualTo(50);
        assertThat(ranking.bonuses()).isEqualTo(new Ranking.Bonuses(10, 10, 10, 5, 5, 5, 5, 5, 5));
        assertThat(ranking.penalties()).isEqualTo(new Ranking.Penalties(10, 15, 5, 2));
        assertThat(ranking.rules()).isEqualTo(new Ranking.Rules(90, 10, 0.5, NewcomerPolicy.CAUTION));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'goalMatched: 10'              | 'goalMatched: -10'           | ranking.yaml:9:3: bonuses.goalMatched: must have a minimum value of 0
            'goalMatched: 10'              | 'goalMatch: 10'              | ranking.yaml:9:3: bonuses.goalMatch: unknown field; did you mean 'goalMatched'?
            'experiencedOnlyForNewcomers: caution' | 'experiencedOnlyForNewcomers: warn' | ranking.yaml:27:3: rules.experiencedOnlyForNewcomers: does not have a value in the enumeration ["caution", "exclude"]
            'baseScore: 50'                | 'baseScore: 500'             | ranking.yaml:7:1: baseScore: must have a maximum value of 100
            'per100OfPrice: 2'             | 'per100OfPrice: two'         | ranking.yaml:22:3: penalties.per100OfPrice: string found, number expected
            """)
    void aBadEditIsRejectedAtItsLine(String original, String edited, String expectedProblem) throws IOException {
        copySmallCatalogue();
        Path ranking = folder.resolve("ranking.yaml");
        String text = Files.readString(ranking);
        assertThat(text.contains(original)).as("test catalogue changed: " + original).isTrue();
        Files.writeString(ranking, text.replaceFirst(original, edited));
        List<String> problems = problems();
        assertThat(problems.contains(expectedProblem)).as(() -> String.join("\n", problems)).isTrue();
    }

    @Test
    void aCatalogueWithoutRankingIsRejected() throws IOException {
        copySmallCatalogue();
        Files.delete(folder.resolve("ranking.yaml"));
        assertThat(problems()).isEqualTo(List.of("ranking.yaml: required catalogue file is missing"));
    }

    private List<String> problems() {
        LoadResult result = new CatalogueLoader().load(folder, Fixtures.NOW);
        return assertThat(result).asInstanceOf(type(LoadResult.Invalid.class)).actual()
                .problems().stream().map(CatalogueProblem::format)
                .toList();
    }

    private void copySmallCatalogue() throws IOException {
        Path source = RecommendFixtures.folder("catalogs/recommend-small");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
