package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into a Jackson tree while recording the line and column of every key and value. Jackson's own
 * binding stops at the first error and forgets positions; editors need all errors, each with its line.
 */
public final class YamlDocumentReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The outcome: a document, or the problems (syntax, duplicate keys) that stop it being read. */
    public record Result(YamlDocument document, List<CatalogueProblem> problems) {
    }

    private YamlDocumentReader() {
    }

    public static Result read(String file, byte[] content) {
        Map<FieldPath, SourcePosition> positions = new HashMap<>();
        List<CatalogueProblem> duplicates = new java.util.ArrayList<>();
        try (JsonParser parser = YAML.createParser(new String(content, StandardCharsets.UTF_8))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(null, List.of(CatalogueProblem.wholeFile(file, "the file is empty")));
            }
            JsonNode root = new Walker(parser, file, positions, duplicates).value(FieldPath.ROOT);
            if (!duplicates.isEmpty()) {
                return new Result(null, duplicates);
            }
            return new Result(new YamlDocument(file, root, Map.copyOf(positions), sha256(content)), List.of());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = "invalid YAML: " + e.getOriginalMessage().lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.startsWith("^") && !l.contains("line "))
                    .reduce((a, b) -> a + ", " + b).orElse("syntax error");
            return new Result(null, List.of(new CatalogueProblem(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", message)));
        } catch (IOException e) {
            return new Result(null, List.of(CatalogueProblem.wholeFile(file, "cannot read: " + e.getMessage())));
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Walker(JsonParser parser, String file, Map<FieldPath, SourcePosition> positions,
                          List<CatalogueProblem> duplicates) {

        JsonNode value(FieldPath path) throws IOException {
            positions.putIfAbsent(path, here());
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(path);
                case START_ARRAY -> array(path);
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new JsonProcessingException("unexpected " + token, parser.currentTokenLocation()) {
                };
            };
        }

        private ObjectNode object(FieldPath path) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                FieldPath child = path.child(name);
                SourcePosition keyAt = here();
                if (node.has(name)) {
                    duplicates.add(CatalogueProblem.at(keyAt, file, child.dotted(),
                            "duplicate key; it is already set on line " + positions.get(child).line()));
                }
                positions.put(child, keyAt);
                parser.nextToken();
                node.set(name, value(child));
            }
            return node;
        }

        private ArrayNode array(FieldPath path) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(path.index(index++)));
            }
            return node;
        }

        private SourcePosition here() {
            JsonLocation location = parser.currentTokenLocation();
            return new SourcePosition(location.getLineNr(), location.getColumnNr());
        }
    }
}
