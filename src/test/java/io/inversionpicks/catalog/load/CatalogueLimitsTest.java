package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * No catalogue can make a load slow, block it or fill the memory: each limit is checked before the expensive work,
 * and reported with the file, the line where it applies and the setting that raises it.
 */
class CatalogueLimitsTest {

    private static final CatalogueFolder FOLDER = CatalogueFolder.create();

    @BeforeEach
    void validFolder() {
        FOLDER.reset();
    }

    private static List<CatalogueProblem> problems(CatalogueLoader loader) {
        return ((LoadResult.Invalid) loader.load(FOLDER.root(), Fixtures.NOW)).problems();
    }

    /** The file of the report: 20 MiB on one line took two minutes of CPU to parse and blocked every reload. */
    @Test
    void aTwentyMebibyteOneLineFileIsRejectedByTheFileSizeLimitUnread() {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(20 << 20)));

        assertThat(problems(new CatalogueLoader())).singleElement().satisfies(p -> assertThat(p.format())
                .isEqualTo(TEST_PRODUCT + ": the file is 20.0 MiB, larger than the limit of 1.0 MiB per file "
                        + "(catalog.limits.max-file-size); a product file is about 2 KB: check that it is the file "
                        + "you meant"));
    }

    @Test
    void withTheFileSizeRaisedTheSameLineIsRejectedByTheLineLimitAtItsLine() {
        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "summary", "x".repeat(20 << 20)));
        CatalogueLoader raised = new CatalogueLoader(new FileLimits(64L << 20, 10_000, 20, 1000));

        assertThat(problems(raised)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(TEST_PRODUCT);
            assertThat(p.line()).isEqualTo(FOLDER.lineInFile(TEST_PRODUCT, "summary:"));
            assertThat(p.message()).contains("longer than the limit of 10000 characters",
                    "catalog.limits.max-line-length");
        });
    }

    @Test
    void moreProductFilesThanTheLimitAreRefusedBeforeAnyIsRead() {
        CatalogueLoader loader = new CatalogueLoader(new FileLimits(1 << 20, 10_000, 20, 5));

        assertThat(problems(loader)).singleElement().satisfies(p -> assertThat(p.format())
                .isEqualTo("products: holds 22 product files, more than the limit of 5 (catalog.limits.max-files); "
                        + "none of them was read"));
    }

    @Test
    void everyKindOfFileHasTheLimits() {
        FOLDER.edit("retailers.yaml", c -> c + "# " + "x".repeat(10_000) + "\n");
        FOLDER.edit("ranking.yaml", c -> c + "---\n");

        assertThat(problems(new CatalogueLoader())).extracting(CatalogueProblem::file, CatalogueProblem::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ranking.yaml",
                                FOLDER.lineInFile("ranking.yaml", "---")),
                        org.assertj.core.groups.Tuple.tuple("retailers.yaml",
                                FOLDER.lineInFile("retailers.yaml", "# xxx")));
    }

    /** A pipe never ends, and reading one blocks until something writes to it: it must not be opened at all. */
    @Test
    @Timeout(60) // guards the build against the hang this test is about; not a measure of speed
    void aPipeIsRefusedUnopened() throws Exception {
        Path pipe = FOLDER.path("products/pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();
        assumeThat(Files.exists(pipe)).isTrue();

        assertThat(problems(new CatalogueLoader())).singleElement().satisfies(p -> assertThat(p.format())
                .isEqualTo("products/pipe.yaml: not a regular file; the service reads only plain files"));
    }

    @Test
    void aStopNamesTheFileItInterrupted() {
        LoadStoppedException stop = new LoadStoppedException(LoadStoppedException.Reason.TIMED_OUT, "took too long");

        assertThatThrownBy(() -> new CatalogueLoader().load(FOLDER.root(), Fixtures.NOW, () -> {
            throw stop;
        })).isInstanceOfSatisfying(LoadStoppedException.class, e -> {
            assertThat(e.reason()).isEqualTo(LoadStoppedException.Reason.TIMED_OUT);
            assertThat(e.file()).isEqualTo("categories.yaml");
        });
    }
}
