package io.inversionpicks.click;

import java.util.Locale;

/**
 * Recognises speculative requests: the browser fetches the link before (or without) the reader clicking it.
 * Chrome sends {@code Sec-Purpose: prefetch} (or {@code prefetch;prerender}), older Chrome and Safari
 * {@code Purpose: prefetch} or {@code X-Purpose: preview}, Firefox {@code X-Moz: prefetch}.
 */
final class PrefetchHeaders {

    private PrefetchHeaders() {
    }

    /** @param values the values of Sec-Purpose, Purpose, X-Purpose and X-Moz; null where absent */
    static boolean speculative(String... values) {
        for (String value : values) {
            if (value != null) {
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.contains("prefetch") || lower.contains("prerender") || lower.contains("preview")) {
                    return true;
                }
            }
        }
        return false;
    }
}
