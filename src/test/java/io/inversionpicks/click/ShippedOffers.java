package io.inversionpicks.click;

import io.inversionpicks.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The shipped catalogue read straight from the YAML files, independently of the service's own loader, so tests
 * can say where each link must lead.
 */
public final class ShippedOffers {

    /** A product's offer and where its tracked link must redirect. */
    public record Target(String productId, String retailer, String expectedLocation) {
        @Override
        public String toString() {
            return productId + "/" + retailer;
        }
    }

    private static final Path FOLDER = Fixtures.SHIPPED_CATALOGUE;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ShippedOffers() {
    }

    /** Every offer of every active product: offer URL plus {@code ?<tagParameter>=<tagValue>} of its programme. */
    public static List<Target> targets() {
        Map<String, String> tagByRetailer = new HashMap<>();
        JsonNode programmes = read(FOLDER.resolve("affiliate-programmes.yaml")).path("programmes");
        for (JsonNode retailer : read(FOLDER.resolve("retailers.yaml")).path("retailers")) {
            for (JsonNode programme : programmes) {
                if (programme.path("id").asText().equals(retailer.path("programme").asText())) {
                    tagByRetailer.put(retailer.path("id").asText(), programme.path("tagParameter").asText() + "="
                            + programme.path("tagValue").asText());
                }
            }
        }
        List<Target> targets = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER.resolve("products"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode product = read(file);
                if ("retired".equals(product.path("status").asText())) {
                    continue; // never served, so it has no links
                }
                for (JsonNode offer : product.path("offers")) {
                    String retailer = offer.path("retailer").asText();
                    String url = offer.path("url").asText();
                    targets.add(new Target(product.path("id").asText(), retailer,
                            url + (url.contains("?") ? "&" : "?") + tagByRetailer.get(retailer)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targets;
    }

    /** The retailers whose links go straight to them ({@code linkStyle: direct}). */
    public static Set<String> directRetailers() {
        Set<String> direct = new TreeSet<>();
        for (JsonNode retailer : read(FOLDER.resolve("retailers.yaml")).path("retailers")) {
            if (retailer.path("linkStyle").asText("tracked").equals("direct")) {
                direct.add(retailer.path("id").asText());
            }
        }
        return direct;
    }

    /** Every host a retailer allows: the only hosts a redirect may ever point to. */
    public static Set<String> retailerHosts() {
        Set<String> hosts = new TreeSet<>();
        for (JsonNode retailer : read(FOLDER.resolve("retailers.yaml")).path("retailers")) {
            retailer.path("allowedHosts").forEach(h -> hosts.add(h.asText()));
        }
        return hosts;
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
