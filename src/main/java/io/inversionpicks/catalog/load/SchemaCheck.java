package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.inversionpicks.common.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a file's structure (fields, types, enums, ranges) against the same JSON Schema that editors use in their
 * IDE, so the server and the editor never disagree. Every violation is reported, each at its line.
 */
public final class SchemaCheck {

    static final String SCHEMA_RESOURCE_FOLDER = "META-INF/resources/schemas/";

    private final Map<CatalogueFileKind, JsonSchema> schemas = new EnumMap<>(CatalogueFileKind.class);
    private final Map<CatalogueFileKind, JsonNode> rawSchemas = new EnumMap<>(CatalogueFileKind.class);

    public SchemaCheck() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        // English whatever the server's locale: the validator's messages come in 30 languages, the rest in one.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH)
                .pathType(PathType.LEGACY).formatAssertionsEnabled(true).build();
        ObjectMapper mapper = new ObjectMapper();
        for (CatalogueFileKind kind : CatalogueFileKind.values()) {
            JsonNode raw = readSchema(mapper, kind.schema());
            rawSchemas.put(kind, raw);
            schemas.put(kind, factory.getSchema(raw, config));
        }
    }

    public List<CatalogueProblem> check(CatalogueFileKind kind, YamlDocument document) {
        List<CatalogueProblem> problems = new ArrayList<>();
        for (ValidationMessage violation : schemas.get(kind).validate(document.root())) {
            problems.add(toProblem(kind, document, violation));
        }
        return problems;
    }

    private CatalogueProblem toProblem(CatalogueFileKind kind, YamlDocument document, ValidationMessage violation) {
        FieldPath at = fieldPath(violation.getInstanceLocation());
        String property = violation.getProperty();
        return switch (violation.getType()) {
            case "required" -> document.problem(at.child(property), "required field is missing");
            case "additionalProperties" -> {
                Optional<String> refused = RetailerOnlyFields.refusal(property);
                if (refused.isPresent()) {
                    yield document.problem(at.child(property), refused.get());
                }
                List<String> known = knownFields(kind, violation);
                String hint = Suggestions.closest(property, known).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; allowed fields: " + String.join(", ", known));
                yield document.problem(at.child(property), "unknown field" + hint);
            }
            case "pattern" -> document.problem(at, "'" + violation.getInstanceNode().asText() + "' "
                    + withoutPath(violation) + describe(fieldSchema(kind, violation)));
            default -> document.problem(at, withoutPath(violation));
        };
    }

    private static FieldPath fieldPath(JsonNodePath location) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            elements.add(location.getElement(i));
        }
        return new FieldPath(elements);
    }

    /** The field names the schema allows at the place of an unknown field, for "did you mean". */
    private List<String> knownFields(CatalogueFileKind kind, ValidationMessage violation) {
        List<String> names = new ArrayList<>();
        fieldSchema(kind, violation).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The schema object holding the keyword that failed, e.g. the {"type":"string","pattern":...} of a field. */
    private JsonNode fieldSchema(CatalogueFileKind kind, ValidationMessage violation) {
        JsonNode node = rawSchemas.get(kind);
        JsonNodePath keyword = violation.getSchemaLocation().getFragment();
        for (int i = 0; i < keyword.getNameCount() - 1; i++) {
            Object element = keyword.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path((String) element);
        }
        return node;
    }

    /** The schema's own description of the field tells an editor what a good value looks like. */
    private static String describe(JsonNode fieldSchema) {
        String description = fieldSchema.path("description").asText("");
        return description.isEmpty() ? "" : " (expected: " + description + ")";
    }

    private static String withoutPath(ValidationMessage violation) {
        String message = violation.getMessage();
        String prefix = violation.getInstanceLocation().toString() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static JsonNode readSchema(ObjectMapper mapper, String name) {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("schema " + name + " is missing from the application");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
