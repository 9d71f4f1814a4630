package io.inversionpicks.catalog.load;

import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.testing.InvalidEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** Each editor mistake is rejected with a problem naming its file, line and field, and with no problem elsewhere. */
class InvalidEditsTest {

    private static final CatalogueFolder FOLDER = CatalogueFolder.create();
    private final CatalogueLoader loader = new CatalogueLoader();

    @BeforeEach
    void validFolder() {
        FOLDER.reset();
    }

    @Test
    void theUneditedFolderIsValid() {
        assertThat(loader.load(FOLDER.root(), Fixtures.NOW)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void thereAreAtLeastTwentyKindsOfMistake() {
        assertThat(InvalidEdits.all().size() >= 20).isTrue();
    }

    static List<InvalidEdits.Case> cases() {
        return InvalidEdits.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithItsMessage(InvalidEdits.Case mistake) {
        mistake.edit().accept(FOLDER);

        LoadResult result = loader.load(FOLDER.root(), Fixtures.NOW);

        List<CatalogueProblem> problems = assertThat(result)
                .asInstanceOf(type(LoadResult.Invalid.class)).actual().problems();
        InvalidEdits.Expected expected = mistake.expected();
        // One mistake, one spot: nothing is reported elsewhere (no cascade), and one message says what is wrong (the
        // schema and a rule never both report it).
        for (CatalogueProblem problem : problems) {
            assertThat(problem.file()).as(() -> report(problems)).isEqualTo(expected.file());
            assertThat(problem.field()).as(() -> report(problems)).isEqualTo(expected.field());
        }
        int line = expectedLine(expected);
        assertThat(problems.size())
                .as(() -> "one message, not several for the same mistake:\n" + report(problems))
                .isEqualTo(1);
        CatalogueProblem problem = problems.get(0);
        assertThat(problem.line() == line && problem.message().contains(expected.message()))
                .as(() -> "expected line " + line + " and '" + expected.message() + "' in:\n" + report(problems))
                .isTrue();
    }

    static int expectedLine(InvalidEdits.Expected expected) {
        return expected.lineText() == null ? 0 : FOLDER.lineInFile(expected.file(), expected.lineText());
    }

    private static String report(List<CatalogueProblem> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p.format()).append('\n'));
        return out.toString();
    }
}
