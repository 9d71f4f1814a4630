package io.inversionpicks.catalog.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What {@link OfferUrls#check} found: a URL that may carry the service's tag, or why it may not. */
public sealed interface CheckedOfferUrl permits CheckedOfferUrl.Taggable, CheckedOfferUrl.Refused {

    /** Refused, with a reason an editor can act on. */
    record Refused(String reason) implements CheckedOfferUrl {
    }

    /**
     * An offer URL with no other party's parameter in any part, taken apart; only {@link OfferUrls#check} makes one,
     * so a reader's URL can only be built from a checked one.
     */
    final class Taggable implements CheckedOfferUrl {

        private final String prefix;
        private final List<String> queryParameters;
        private final String fragment;

        /**
         * @param prefix          scheme, authority and path, as written
         * @param queryParameters the query's {@code &}-separated parameters, as written, without empty ones
         * @param fragment        as written, or null
         */
        Taggable(String prefix, List<String> queryParameters, String fragment) {
            this.prefix = prefix;
            this.queryParameters = List.copyOf(queryParameters);
            this.fragment = fragment;
        }

        /**
         * The URL with {@code parameter=value} added to its query, the only affiliate parameter it can then carry.
         * Nothing is removed: the check has already refused any URL with something to remove.
         */
        public String withTag(String parameter, String value) {
            StringBuilder url = new StringBuilder(prefix).append('?');
            queryParameters.forEach(p -> url.append(p).append('&'));
            url.append(URLEncoder.encode(parameter, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            if (fragment != null) {
                url.append('#').append(fragment);
            }
            return url.toString();
        }
    }
}
