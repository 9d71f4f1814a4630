package io.inversionpicks.catalog.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A price as seen at a retailer, with the moment it was seen written next to it. Amazon's Associates policy asks
 * for a date/time stamp adjacent to every price and, for its prices, its disclaimer; a client that shows
 * {@code display} must show {@code asOfDisplay} (and {@code disclaimer}, when set) beside it.
 */
@Schema(name = "Price", description = "A price as seen at a retailer, never served past its retailer's maximum age")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PriceView(
        @Schema(example = "449.99") BigDecimal amount,
        @Schema(example = "USD") String currency,
        @Schema(description = "When the price was seen, ISO-8601 in UTC", example = "2026-11-20T08:00:00Z")
        String asOf,
        @Schema(description = "The date, time and time zone of asOf as readers see it; show it next to the price",
                example = "as of 20 Nov 2026, 08:00 UTC") String asOfDisplay,
        @Schema(example = "amazon") String retailer,
        @Schema(example = "Amazon") String retailerName,
        @Schema(example = "$449.99") String display,
        @Schema(description = "The last moment this price may be shown (ISO-8601, UTC); responses showing it are "
                + "never cacheable past it", example = "2026-11-21T08:00:00Z") String shownUntil,
        @Schema(description = "Show next to the price when set: the retailer's own wording (Amazon's for prices "
                + "from its API)", nullable = true,
                example = "Product prices and availability are accurate as of the date/time indicated and are "
                        + "subject to change.") String disclaimer) {

    /** Amazon's wording, required next to every price obtained from its API. */
    public static final String API_PRICE_DISCLAIMER = "Product prices and availability are accurate as of the "
            + "date/time indicated and are subject to change.";

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    /** "as of 20 Nov 2026, 08:00 UTC": date, time and zone, as the Associates policy asks. */
    public static String asOfDisplay(Instant asOf) {
        return "as of " + AS_OF.format(asOf);
    }

    /** "$449.99 at Teeter, as of 20 Nov 2026, 08:00 UTC" plus the disclaimer when there is one: a price in one line. */
    public String stated() {
        String stated = display + " at " + retailerName + ", " + asOfDisplay;
        return disclaimer == null ? stated : stated + ". " + disclaimer;
    }
}
