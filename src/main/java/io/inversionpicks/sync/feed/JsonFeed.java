package io.inversionpicks.sync.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON feeds with a streaming parser: walks to the array of products and binds one object at a time, so only
 * one product is ever in memory, however large the feed.
 */
final class JsonFeed {

    private static final int NAMES_SHOWN = 10;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS) // prices as written, not through a double
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE) // the caller owns the stream
            .build();

    private JsonFeed() {
    }

    static void read(FeedStart start, FeedMapping mapping, FeedTally tally) {
        // bytes, not text: Jackson reads the byte order mark and tells UTF-8 from UTF-16 itself
        try (JsonParser json = MAPPER.createParser(start.body())) {
            JsonToken first = json.nextToken();
            if (first == JsonToken.START_ARRAY) {
                items(json, tally);
            } else if (first == JsonToken.START_OBJECT) {
                arrayProperty(json, mapping, tally);
            } else {
                throw failure(json, "the feed is neither an array of products nor an object holding one");
            }
            if (json.nextToken() != null) {
                throw failure(json, "there is more after the end of the feed");
            }
        } catch (IOException e) {
            throw FeedErrors.broken(FeedFormat.JSON, e);
        }
    }

    private static void arrayProperty(JsonParser json, FeedMapping mapping, FeedTally tally) throws IOException {
        String wanted = mapping.arrayProperty();
        boolean found = false;
        List<String> others = new ArrayList<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (!found && value == JsonToken.START_ARRAY && name.equalsIgnoreCase(String.valueOf(wanted))) {
                items(json, tally);
                found = true;
            } else {
                if (others.size() < NAMES_SHOWN) {
                    others.add(name);
                }
                json.skipChildren();
            }
        }
        if (!found) {
            String properties = " (its properties: " + (others.isEmpty() ? "none" : String.join(", ", others)) + ")";
            throw new FeedException(FeedFormat.JSON, wanted == null
                    ? "the feed is an object, not an array; the mapping must name the property that holds the "
                    + "array of products" + properties
                    : "the feed has no array property '" + wanted + "'" + properties);
        }
    }

    private static void items(JsonParser json, FeedTally tally) throws IOException {
        JsonToken item;
        while ((item = json.nextToken()) != JsonToken.END_ARRAY) {
            if (item == null) {
                throw failure(json, "the feed ends too early, it may have been cut off: the array is not closed");
            }
            if (item == JsonToken.START_OBJECT) {
                tally.record(new JsonFields(MAPPER.readTree(json)));
            } else {
                json.skipChildren();
                tally.unreadable("item", "is " + describe(item) + " where a product object should be");
            }
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static FeedException failure(JsonParser json, String problem) {
        var at = json.currentLocation();
        return new FeedException(FeedFormat.JSON, problem, at.getLineNr(), at.getColumnNr(), null);
    }
}
