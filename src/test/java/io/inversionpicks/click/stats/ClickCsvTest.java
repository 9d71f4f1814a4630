package io.inversionpicks.click.stats;

import io.inversionpicks.click.store.ClickStore.Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
                false, 3, List.of(new Count(key, 3)), List.of(), ClickStats.CHANNEL_NOTE);
        assertThat(ClicksCsv.write(stats)).isEqualTo("post,clicks\n" + cell + ",3\n");
    }

    @Test
    void byChannelEachRowSaysWhetherItsCountIsExactOrALowerBound() {
        ClickStats stats = new ClickStats("channel", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02"),
                false, 6, List.of(new Count("redirect", 3), new Count("ping", 2), new Count("beacon", 1)),
                List.of(), ClickStats.CHANNEL_NOTE);

        assertThat(ClicksCsv.write(stats))
                .isEqualTo("channel,clicks,counting\nredirect,3,exact\nping,2,lower bound\nbeacon,1,lower bound\n");
    }
}
