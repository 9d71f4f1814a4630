package io.inversionpicks.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a comparison row marks a best value, and which. */
class CompareBestTest {

    @ParameterizedTest(name = "{0} of [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            LOWEST  | 449.99, 129.99, -     | 1
            LOWEST  | 129.99, 449.99, 129.99 | 0, 2
            LOWEST  | 129.99, -             | ''
            LOWEST  | -, -                  | ''
            LOWEST  | 99, 99, 99            | ''
            HIGHEST | 136, 150, 113, 150    | 1, 3
            HIGHEST | 56, 51                | 0
            NONE    | 1, 2, 3               | ''
            """)
    void marksTheBestOnlyWhenItTellsTheReaderSomething(Better better, String measures, String expected) {
        List<Double> values = Arrays.stream(measures.split(",")).map(String::trim)
                .map(v -> v.equals("-") ? null : Double.valueOf(v)).toList();
        List<Integer> positions = expected.isBlank() ? List.of()
                : Arrays.stream(expected.split(",")).map(String::trim).map(Integer::valueOf).toList();
        assertThat(better.best(values)).isEqualTo(positions);
    }
}
