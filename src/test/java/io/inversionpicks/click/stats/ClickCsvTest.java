package io.inversionpicks.click.stats;

import io.inversionpicks.click.store.ClickStore.Count;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values that would break a spreadsheet row are quoted; ordinary ids and URLs are not. */
class ClickCsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "teeter-fitspine-x3                          | teeter-fitspine-x3",
            "https://blog.example.com/a                  | https://blog.example.com/a",
            "https://blog.example.com/a,b                | \"https://blog.example.com/a,b\"",
            "https://blog.example.com/say-\"hi\"         | \"https://blog.example.com/say-\"\"hi\"\"\""})
    void quotesOnlyWhenNeeded(String key, String cell) {
        ClickStats stats = new ClickStats("post", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02"),
                false, 3, List.of(new Count(key, 3)));
        assertEquals("post,clicks\n" + cell + ",3\n", ClicksCsv.write(stats));
    }
}
