package io.inversionpicks.links;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.util.List;
import java.util.Objects;

/** The link-health list for spreadsheets: one row per offer, without the history. */
final class LinksCsv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final List<String> COLUMNS = List.of("product", "retailer", "status", "hidden", "showAnyway",
            "since", "failures", "checkedAt", "httpStatus", "finalUrl", "detail", "url");

    private LinksCsv() {
    }

    static String write(LinksReport report) {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        List<Object[]> rows = report.offers().stream().map(o -> new Object[] {o.productId(), o.retailer(),
                o.status(), o.hidden(), text(o.showAnyway()), text(o.since()), o.failures(), text(o.checkedAt()),
                text(o.httpStatus()), text(o.finalUrl()), text(o.detail()), o.url()}).toList();
        try {
            return MAPPER.writer(schema.build().withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    /** A spreadsheet would run a cell starting with = + - @ as a formula: such text is prefixed with a quote. */
    private static String text(Object value) {
        String text = Objects.toString(value, "");
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
