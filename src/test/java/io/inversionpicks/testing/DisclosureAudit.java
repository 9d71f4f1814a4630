package io.inversionpicks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.inversionpicks.catalog.view.HealthSources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Walks a JSON response and fails on any URL that leaves the service without its disclosure: every such URL must be
 * the {@code href} of a link object with {@code rel} "sponsored nofollow noopener" and a non-empty
 * {@code disclosure}; Amazon links must carry Amazon's statement, and so must the top-level disclosure. Amazon links
 * must also be direct (Amazon's policy forbids redirecting links): {@code href} on www.amazon.com with our
 * {@code tag=}, and a {@code ping} to this service's {@code /clicks/...}; every other link is a tracked {@code /go}
 * link without a ping.
 */
public final class DisclosureAudit {

    public static final String AMAZON_STATEMENT = "As an Amazon Associate I earn from qualifying purchases.";
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s\"'<>]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SOURCE_URL = Pattern.compile("\\.sources\\[\\d+]\\.url$");

    private DisclosureAudit() {
    }

    /** @return how many disclosed links were seen, so callers can assert the audit looked at something */
    public static int assertAllLinksDisclosed(String json, String ownBaseUrl) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        int[] links = {0};
        boolean[] amazon = {false};
        walk(root, "$", null, ownBaseUrl, problems, links, amazon);
        if (amazon[0]) {
            JsonNode statements = root.path("disclosure").path("statements");
            boolean top = statements.toString().contains(AMAZON_STATEMENT)
                    || root.path("disclosure").toString().contains(AMAZON_STATEMENT);
            if (!top) {
                problems.add("$.disclosure: Amazon links are present but the top-level disclosure lacks Amazon's statement");
            }
        }
        if (!problems.isEmpty()) {
            fail("Undisclosed links:\n" + String.join("\n", problems));
        }
        return links[0];
    }

    private static void walk(JsonNode node, String path, JsonNode parent, String own, List<String> problems,
                             int[] links, boolean[] amazon) {
        if (node.isObject()) {
            if (node.has("href") && node.has("rel")) {
                checkLink(node, path, own, problems, amazon);
                links[0]++;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if ((field.getKey().equals("href") || field.getKey().equals("ping")) && node.has("rel")) {
                    continue;
                }
                walk(field.getValue(), path + "." + field.getKey(), node, own, problems, links, amazon);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", node, own, problems, links, amazon);
            }
        } else if (node.isTextual()) {
            if (isHealthSource(parent, node.asText())) {
                return; // a study or guideline behind the health advice (issue 17), not a shop: no commission
            }
            var matcher = URL.matcher(node.asText());
            while (matcher.find()) {
                String url = matcher.group();
                boolean ownNonRedirect = own != null && url.startsWith(own) && !URI.create(url).getPath().startsWith("/go/");
                if (!ownNonRedirect && !citation(path, url)) {
                    problems.add(path + ": bare outbound URL " + url);
                }
            }
        }
    }

    /** The url of a {@code HealthSource} the service cites, and only one of those in its own list. */
    private static boolean isHealthSource(JsonNode parent, String text) {
        return parent != null && parent.isObject() && parent.has("publisher") && parent.has("title")
                && text.equals(parent.path("url").asText())
                && HealthSources.ALL.stream().anyMatch(source -> source.url().equals(text));
    }

    /**
     * A product's source (where its specs come from) is a citation, not a shop link: it may be a bare URL, as long as
     * it carries no affiliate tag (the loader refuses any tracking parameter in it too).
     */
    private static boolean citation(String path, String url) {
        return SOURCE_URL.matcher(path).find() && !url.contains("tag=")
                // A retailer's product image, loaded by the reader's browser, never clicked: no link to disclose.
                || path.endsWith(".imageUrl") && url.startsWith("https://");
    }

    private static void checkLink(JsonNode link, String path, String own, List<String> problems, boolean[] amazon) {
        String rel = link.path("rel").asText();
        String disclosure = link.path("disclosure").asText("");
        if (!rel.equals("sponsored nofollow noopener")) {
            problems.add(path + ".rel: '" + rel + "' is not 'sponsored nofollow noopener'");
        }
        if (disclosure.isBlank()) {
            problems.add(path + ".disclosure: missing");
        }
        String href = link.path("href").asText();
        boolean isAmazon = "amazon".equals(link.path("retailer").asText()) || href.contains("amazon.");
        if (isAmazon) {
            amazon[0] = true;
            if (!disclosure.contains(AMAZON_STATEMENT)) {
                problems.add(path + ".disclosure: Amazon link without Amazon's statement");
            }
        }
        assertThat(href.startsWith("https://") || href.startsWith("http://"))
                .as(path + ".href is not absolute: " + href)
                .isTrue();
        JsonNode ping = link.path("ping");
        if (isAmazon) {
            URI direct = URI.create(href);
            if (!"www.amazon.com".equals(direct.getHost()) || direct.getRawQuery() == null
                    || !("&" + direct.getRawQuery()).contains("&tag=")) {
                problems.add(path + ".href: an Amazon link must go straight to www.amazon.com with tag=, not " + href);
            }
            if (!ping.isTextual() || own != null && !ping.asText().startsWith(own + "/clicks/")) {
                problems.add(path + ".ping: an Amazon link must carry the click URL, not " + ping);
            }
        } else {
            if (own != null && !href.startsWith(own + "/go/")) {
                problems.add(path + ".href: a tracked link must go through /go, not " + href);
            }
            if (!ping.isNull() && !ping.isMissingNode()) {
                problems.add(path + ".ping: a tracked link is counted by /go and has no ping, not " + ping);
            }
        }
    }
}
