package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "Price", description = "A price as seen at a retailer, never shown past the retailer's maximum age")
public record PriceView(
        @Schema(example = "449.99") BigDecimal amount,
        @Schema(example = "USD") String currency,
        @Schema(description = "When the price was checked (ISO-8601)", example = "2026-11-20T08:00:00Z") String asOf,
        @Schema(example = "amazon") String retailer,
        @Schema(example = "$449.99") String display) {
}
