package io.inversionpicks.links;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One offer's link health, for editors.
 *
 * @param status        ok, failing, broken, redirected-away, out-of-stock, blocked, unreachable, unknown, or
 *                      unchecked
 * @param hidden        whether readers stop seeing the offer because of it (false when pinned)
 * @param showAnyway    the editor's reason for pinning the offer, or null
 * @param since         when the status began
 * @param failures      404s, 410s and redirects away in a row
 * @param httpStatus    the last check's raw HTTP status (null when none came: DNS, refused, timeout; Amazon)
 * @param finalUrl      where the last check's redirects ended
 * @param detail        the last check's evidence in words
 * @param history       the last checks, newest first
 */
public record OfferLink(String productId, String retailer, String url, String status, boolean hidden,
                        @Schema(nullable = true) String showAnyway, @Schema(nullable = true) Instant since,
                        int failures, @Schema(nullable = true) Instant checkedAt,
                        @Schema(nullable = true) String verdict, @Schema(nullable = true) Integer httpStatus,
                        @Schema(nullable = true) String finalUrl, @Schema(nullable = true) String detail,
                        List<Check> history) {

    /** One past check. */
    public record Check(Instant checkedAt, String verdict, Integer httpStatus, String finalUrl, String detail) {
    }
}
