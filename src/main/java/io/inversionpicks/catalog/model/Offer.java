package io.inversionpicks.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Where a product can be bought: a retailer's product page (without affiliate tag) and the price seen there. */
public record Offer(String retailer, String url, Price price) {

    public record Price(BigDecimal amount, String currency, String asOf) {

        /** A bare date means the price was checked that day; it is read as midnight UTC, the conservative end. */
        public Instant asOfInstant() {
            return asOf.length() == 10 ? LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(asOf).toInstant();
        }
    }
}
