package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.testing.ForeignAffiliateUrls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.lineOf;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An offer URL carrying another party's affiliate or tracking parameter, however it is spelt or encoded, is rejected
 * at load with one problem naming the file, the line and the field.
 */
class ForeignAffiliateParameterTest {

    private static final CatalogueFolder FOLDER = CatalogueFolder.create();
    private final CatalogueLoader loader = new CatalogueLoader();

    @BeforeEach
    void validFolder() {
        FOLDER.reset();
    }

    static Stream<ForeignAffiliateUrls.Case> foreign() {
        return Stream.concat(ForeignAffiliateUrls.all().stream(), ForeignAffiliateUrls.amazonPaths().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreign")
    void isRejectedAtItsLine(ForeignAffiliateUrls.Case foreign) {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "    url", "'" + foreign.url() + "'"));

        LoadResult result = loader.load(FOLDER.root(), Fixtures.NOW);

        assertThat(result).isInstanceOf(LoadResult.Invalid.class);
        List<CatalogueProblem> problems = ((LoadResult.Invalid) result).problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(TEST_PRODUCT);
            assertThat(problem.line()).isEqualTo(lineOf(FOLDER.read(TEST_PRODUCT), "url: '"));
            assertThat(problem.field()).isEqualTo("offers[0].url");
            assertThat(problem.message()).contains(foreign.expected());
        });
    }
}
