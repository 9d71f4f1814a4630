package io.inversionpicks.sync.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.model.Availability;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code getItems} answer: the items ({@code itemsResult.items[]}) and the per-item errors ({@code errors[]},
 * code and message, which names the ASIN in its text). Read leniently field by field, as Amazon leaves out what it
 * does not have; a body that is not JSON at all is a {@link CreatorsApiException}.
 *
 * @param problems per ASIN, why Amazon returned nothing for it (e.g. {@code ItemNotAccessible: ...})
 */
public record ItemsAnswer(Map<String, AmazonItem> items, Map<String, String> problems) {

    private static final Pattern ASIN = Pattern.compile("\\b[A-Z0-9]{10}\\b");

    static ItemsAnswer parse(ObjectMapper mapper, String body, List<String> asked) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CreatorsApiException("Amazon's answer to getItems is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new CreatorsApiException("Amazon's answer to getItems is not a JSON object");
        }
        Map<String, AmazonItem> items = new HashMap<>();
        for (JsonNode item : root.path("itemsResult").path("items")) {
            String asin = item.path("asin").asText("");
            if (asked.contains(asin)) {
                items.put(asin, item(asin, item));
            }
        }
        Map<String, String> problems = new HashMap<>();
        for (JsonNode error : root.path("errors")) {
            String text = error.path("code").asText("Error") + ": " + error.path("message").asText("");
            asinsIn(error.path("message").asText(""), asked).forEach(asin -> problems.putIfAbsent(asin, text));
        }
        return new ItemsAnswer(Map.copyOf(items), Map.copyOf(problems));
    }

    private static AmazonItem item(String asin, JsonNode item) {
        JsonNode listing = buyBox(item.path("offersV2").path("listings"));
        JsonNode money = listing.path("price").path("money");
        BigDecimal amount = money.path("amount").isNumber() ? money.path("amount").decimalValue() : null;
        String currency = money.path("currency").isTextual() ? money.path("currency").asText() : null;
        boolean priced = amount != null && amount.signum() > 0 && currency != null;
        String image = item.path("images").path("primary").path("large").path("url").asText(null);
        return new AmazonItem(asin, priced ? amount : null, priced ? currency : null,
                availability(listing.path("availability").path("type").asText("")),
                image != null && image.startsWith("https://") ? image : null);
    }

    private static JsonNode buyBox(JsonNode listings) {
        for (JsonNode listing : listings) {
            if (listing.path("isBuyBoxWinner").asBoolean(false)) {
                return listing;
            }
        }
        return listings.path(0);
    }

    /** Amazon's availability types; a pre-order or a lead time is neither in nor out of stock for a reader today. */
    static Availability availability(String type) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "IN_STOCK", "IN_STOCK_SCARCE" -> Availability.IN_STOCK;
            case "OUT_OF_STOCK" -> Availability.OUT_OF_STOCK;
            default -> Availability.UNKNOWN;
        };
    }

    private static Set<String> asinsIn(String message, List<String> asked) {
        Set<String> found = new HashSet<>();
        Matcher matcher = ASIN.matcher(message);
        while (matcher.find()) {
            if (asked.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
