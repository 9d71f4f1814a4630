package io.inversionpicks.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a product page says the product cannot be bought now. The page's schema.org JSON-LD decides when it gives an
 * {@code availability} (any buyable offer means in stock, whatever related products say); otherwise its visible
 * text, scripts and markup left out, is searched for the usual phrases.
 */
public final class StockMarkers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_LD = Pattern.compile(
            "<script[^>]*type\\s*=\\s*[\"']?application/ld\\+json[\"']?[^>]*>(.*?)</script>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile(
            "<(script|style|noscript|template)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Set<String> GONE = Set.of("outofstock", "soldout", "discontinued");
    private static final Pattern PHRASES = Pattern.compile("\\b(out of stock|sold out|currently unavailable"
            + "|no longer available|discontinued)\\b");
    /** Phrases that contain a marker but say the opposite. */
    private static final Pattern NEGATED = Pattern.compile("\\b(not|never|rarely) (out of stock|sold out"
            + "|discontinued)\\b|\\bback in stock\\b|\\bbefore (it'?s|they'?re) sold out\\b");

    private StockMarkers() {
    }

    /** Why the page says out of stock; empty when it does not (or says it is in stock). */
    public static Optional<String> outOfStock(String html) {
        List<String> availability = jsonLdAvailability(html);
        if (!availability.isEmpty()) {
            boolean buyable = availability.stream().anyMatch(value -> !GONE.contains(value.toLowerCase(Locale.ROOT)));
            return buyable ? Optional.empty() : Optional.of("JSON-LD availability " + availability.get(0));
        }
        String text = TAG.matcher(INVISIBLE.matcher(html).replaceAll(" ")).replaceAll(" ")
                .replace("&nbsp;", " ").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String plain = NEGATED.matcher(text).replaceAll(" ");
        Matcher marker = PHRASES.matcher(plain);
        return marker.find() ? Optional.of("the page says \"" + marker.group(1) + "\"") : Optional.empty();
    }

    /** Every schema.org availability value in the page's JSON-LD, as the bare name (OutOfStock, InStock). */
    static List<String> jsonLdAvailability(String html) {
        List<String> found = new ArrayList<>();
        Matcher block = JSON_LD.matcher(html);
        while (block.find()) {
            try {
                collect(JSON.readTree(block.group(1).trim()), found);
            } catch (Exception e) {
                // A broken JSON-LD block says nothing; the text is read instead.
            }
        }
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("availability") && field.getValue().isTextual()) {
                    String value = field.getValue().asText();
                    found.add(value.substring(value.lastIndexOf('/') + 1));
                } else {
                    collect(field.getValue(), found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, found));
        }
    }
}
