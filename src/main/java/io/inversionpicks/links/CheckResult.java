package io.inversionpicks.links;

import java.time.Instant;

/**
 * One check of one link, with its evidence.
 *
 * @param httpStatus the last HTTP status received, null when none was (DNS, refused, timeout)
 * @param finalUrl   where the redirects ended (the catalogue's URL when there were none)
 * @param detail     why, in words: "404 twice", "redirected to the home page", "JSON-LD availability OutOfStock"
 */
public record CheckResult(Verdict verdict, Integer httpStatus, String finalUrl, String detail, Instant checkedAt) {
}
