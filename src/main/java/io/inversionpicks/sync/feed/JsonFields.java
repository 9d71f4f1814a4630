package io.inversionpicks.sync.feed;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The fields of one JSON object, or of one XML item as Jackson binds it: a repeated element becomes an array (the
 * first value counts), an element with attributes becomes an object whose text is under {@code ""}
 * ({@code <price currency="USD">549</price>}). A dotted name ({@code price.amount}) reaches into nested objects.
 */
final class JsonFields implements FieldValues {

    private final JsonNode item;

    JsonFields(JsonNode item) {
        this.item = item;
    }

    @Override
    public String text(String field) {
        JsonNode value = property(item, field);
        if (value == null && field.indexOf('.') > 0) {
            value = item;
            for (String step : field.split("\\.")) {
                value = value == null ? null : property(value, step);
            }
        }
        return text(value);
    }

    private static JsonNode property(JsonNode node, String name) {
        if (!node.isObject()) {
            return null;
        }
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isArray()) {
            return value.isEmpty() ? null : text(value.get(0));
        }
        if (value.isObject()) {
            return text(value.get(""));
        }
        // BigDecimal for JSON numbers (see JsonFeed), so 549.99 is not printed from a double
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }
}
