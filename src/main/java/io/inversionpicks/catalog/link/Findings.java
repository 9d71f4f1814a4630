package io.inversionpicks.catalog.link;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What in an offer URL could attribute a visit to another party, in words an editor can act on. */
final class Findings {

    /** Where a decoded value may start another parameter or a nested URL's parts. */
    private static final Pattern SEPARATORS = Pattern.compile("[&;?#/]");
    private static final int SHOWN_LENGTH = 80;

    private final TrackingParameters forbidden;
    private final Set<String> found = new LinkedHashSet<>();

    Findings(TrackingParameters forbidden) {
        this.forbidden = forbidden;
    }

    /** One query parameter, {@code name=value} as written: its name, and any parameter hidden in its value. */
    void parameter(String raw) {
        scan(raw, "the query", true);
    }

    /** A path segment or the fragment: any {@code name=value} in it (Amazon's {@code /ref=...}, {@code ;tag=}). */
    void embedded(String raw, String where) {
        scan(raw, where, false);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    String message() {
        return "would pass on another party's affiliate or tracking parameter: " + String.join("; ", found)
                + ". Remove it: readers' links get this service's own tag, and another one could take the commission";
    }

    private void scan(String raw, String where, boolean startsWithName) {
        if (raw.isEmpty() || !startsWithName && raw.indexOf('=') < 0 && raw.indexOf('%') < 0) {
            return; // nothing in it can be, or decode to, name=value (most path segments)
        }
        PercentDecoding.Decoded decoded = PercentDecoding.fully(raw);
        if (!decoded.complete()) {
            found.add("'" + shorten(raw) + "' in " + where + " is percent-encoded more than "
                    + PercentDecoding.MAX_PASSES + " times over, so it could hide one");
            return;
        }
        String[] pieces = SEPARATORS.split(decoded.text(), -1);
        for (int i = 0; i < pieces.length; i++) {
            int equals = pieces[i].indexOf('=');
            if (equals < 0 && !(startsWithName && i == 0)) {
                continue;
            }
            String name = equals < 0 ? pieces[i] : pieces[i].substring(0, equals);
            forbidden.owner(name).ifPresent(owner -> found.add("'" + shorten(raw) + "' in " + where + " is '"
                    + TrackingParameters.canonical(name) + "' (" + owner + ")"));
        }
    }

    static String shorten(String text) {
        return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "...";
    }
}
