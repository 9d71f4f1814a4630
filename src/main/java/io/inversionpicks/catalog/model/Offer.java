package io.inversionpicks.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a product can be bought: a retailer's product page (without affiliate tag) and, optionally, the price an
 * editor saw there. {@code price} is null when none was written, and always for a retailer whose programme takes
 * prices only from its API ({@link PriceSource#API_ONLY}).
 *
 * @param asin an Amazon offer's ASIN, when written; otherwise it is read from the URL ({@code /dp/<ASIN>})
 * @param sku  the retailer's own product number, to match its product feed by
 * @param gtin the product's GTIN (UPC, EAN), to match a product feed by
 * @param showAnyway an editor's reason to keep showing the offer whatever the link checker finds (a retailer whose
 *                   pages answer robots with 404, say); null when the checker's word stands
 */
public record Offer(String retailer, String url, Price price, String asin, String sku, String gtin,
                    String showAnyway) {

    /** An offer known by its URL alone. */
    public Offer(String retailer, String url, Price price) {
        this(retailer, url, price, null, null, null, null);
    }

    public Offer(String retailer, String url, Price price, String asin, String sku, String gtin) {
        this(retailer, url, price, asin, sku, gtin, null);
    }

    public record Price(BigDecimal amount, String currency, String asOf) {

        /**
         * Parsed check times by text. Every load and every read model asks for each offer's time (rules, expiry),
         * which for a large catalogue was a fifth of a reload spent in the date parser; a catalogue has few distinct
         * check times, so the cache stays small, and it is simply emptied should it ever grow large.
         */
        private static final int MAX_REMEMBERED = 50_000;
        private static final Map<String, Instant> PARSED = new ConcurrentHashMap<>();

        /**
         * When the price was seen. The rules insist on a date-time with its offset; a bare date, which only versions
         * recorded by older releases can hold, is read as midnight UTC, the conservative end.
         */
        public Instant asOfInstant() {
            Instant parsed = PARSED.get(asOf);
            if (parsed == null) {
                parsed = isBareDate(asOf) ? LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : OffsetDateTime.parse(asOf).toInstant();
                if (PARSED.size() >= MAX_REMEMBERED) {
                    PARSED.clear();
                }
                PARSED.put(asOf, parsed);
            }
            return parsed;
        }

        public static boolean isBareDate(String asOf) {
            return asOf.matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }
}
