package io.inversionpicks.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where a product can be bought: a retailer's product page (without affiliate tag) and the price seen there. */
public record Offer(String retailer, String url, Price price) {

    public record Price(BigDecimal amount, String currency, String asOf) {

        /**
         * Parsed check times by text. Every load and every read model asks for each offer's time (rules, expiry),
         * which for a large catalogue was a fifth of a reload spent in the date parser; a catalogue has few distinct
         * check times, so the cache stays small, and it is simply emptied should it ever grow large.
         */
        private static final int MAX_REMEMBERED = 50_000;
        private static final Map<String, Instant> PARSED = new ConcurrentHashMap<>();

        /** A bare date means the price was checked that day; it is read as midnight UTC, the conservative end. */
        public Instant asOfInstant() {
            Instant parsed = PARSED.get(asOf);
            if (parsed == null) {
                parsed = asOf.length() == 10 ? LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : OffsetDateTime.parse(asOf).toInstant();
                if (PARSED.size() >= MAX_REMEMBERED) {
                    PARSED.clear();
                }
                PARSED.put(asOf, parsed);
            }
            return parsed;
        }
    }
}
