package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads YAML into a Jackson tree while recording the line and column of every key and value. Jackson's own
 * binding stops at the first error and forgets positions; editors need all errors, each with its line.
 * <p>
 * Catalogue files use plain YAML only: one document, no anchors, aliases or tags. Jackson would read an alias
 * {@code *pin-lock} as the text "pin-lock" and ignore a second document, so both are reported instead. The bytes are
 * checked as text first ({@link YamlText}), and nesting is bounded, so no file can make parsing slow.
 */
public final class YamlDocumentReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Map<FileLimits, YAMLFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final Pattern DOCUMENT_MARKER = Pattern.compile("^(---|\\.\\.\\.)(\\s.*)?$");
    private static final String YAML_TAGS = "tag:yaml.org,2002:";

    /** The outcome: a document, or the problems (syntax, duplicate keys) that stop it being read. */
    public record Result(YamlDocument document, List<CatalogueProblem> problems) {
    }

    private YamlDocumentReader() {
    }

    /** With the default limits; for files the loader has read before, and for tests. */
    public static Result read(String file, byte[] content) {
        return read(file, content, FileLimits.DEFAULTS, LoadControl.NONE);
    }

    /** @throws LoadStoppedException when the control stops the load */
    public static Result read(String file, byte[] content, FileLimits limits, LoadControl control) {
        YamlText text = YamlText.check(file, content, limits);
        if (!text.problems().isEmpty()) {
            return new Result(null, text.problems());
        }
        YAMLFactory factory = FACTORIES.computeIfAbsent(limits, CatalogueYamlParser::factory);
        Walker walker = null;
        try (CatalogueYamlParser parser = (CatalogueYamlParser) factory.createParser(
                new CheckedReader(text.text(), control))) {
            walker = new Walker(parser, file, limits);
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(null, List.of(CatalogueProblem.wholeFile(file, "the file is empty")));
            }
            JsonNode root = walker.value(FieldPath.ROOT, 0);
            if (parser.nextToken() != null) {
                walker.problems.add(secondDocument(file, text, walker.here()));
            }
            if (!walker.problems.isEmpty()) {
                return new Result(null, walker.problems);
            }
            return new Result(new YamlDocument(file, root, Map.copyOf(walker.positions), sha256(content)), List.of());
        } catch (TooDeep e) {
            return new Result(null, List.of(CatalogueProblem.at(e.at, file, e.path.dotted(), "lists and mappings are "
                    + "nested more than " + limits.maxDepth() + " deep here (the limit, catalog.limits.max-depth); "
                    + "catalogue files need only a few levels: look for a '[' or '{' that is never closed, or "
                    + "indentation that keeps growing")));
        } catch (JsonProcessingException e) {
            YamlSyntaxError.State state = walker == null ? new YamlSyntaxError.State(null, null,
                    SourcePosition.UNKNOWN, SourcePosition.UNKNOWN) : walker.state();
            return new Result(null, List.of(YamlSyntaxError.describe(file, e, state)));
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

    /** Points at the '---' (or '...') line that ends the first document, when there is one before {@code next}. */
    private static CatalogueProblem secondDocument(String file, YamlText text, SourcePosition next) {
        SourcePosition at = next;
        for (int line = Math.min(next.line(), text.lineStarts().length); line >= 1; line--) {
            if (DOCUMENT_MARKER.matcher(text.line(line)).matches()) {
                at = new SourcePosition(line, 1);
                break;
            }
        }
        return CatalogueProblem.at(at, file, "", "a second YAML document starts here; a catalogue file holds exactly "
                + "one, and the rest would be ignored: remove the '---' line, and put what follows into a file of its own");
    }

    /** Nesting beyond the limit: stops the walk at once, before the parser goes any deeper. */
    private static final class TooDeep extends RuntimeException {
        private final transient SourcePosition at;
        private final transient FieldPath path;

        TooDeep(SourcePosition at, FieldPath path) {
            super(null, null, false, false);
            this.at = at;
            this.path = path;
        }
    }

    private static final class Walker {
        private final CatalogueYamlParser parser;
        private final String file;
        private final FileLimits limits;
        private final Map<FieldPath, SourcePosition> positions = new HashMap<>();
        private final List<CatalogueProblem> problems = new ArrayList<>();
        private final Deque<YamlSyntaxError.OpenBracket> openBrackets = new ArrayDeque<>();
        private YamlSyntaxError.Quoted lastQuoted;
        private SourcePosition lastToken = SourcePosition.UNKNOWN;

        Walker(CatalogueYamlParser parser, String file, FileLimits limits) {
            this.parser = parser;
            this.file = file;
            this.limits = limits;
        }

        YamlSyntaxError.State state() {
            Event event = parser.event();
            SourcePosition eventAt = event == null || event.getStartMark() == null ? SourcePosition.UNKNOWN
                    : new SourcePosition(event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
            return new YamlSyntaxError.State(lastQuoted, openBrackets.peek(), lastToken, eventAt);
        }

        JsonNode value(FieldPath path, int depth) throws IOException {
            SourcePosition at = here();
            positions.putIfAbsent(path, at);
            plainYamlOnly(path, at);
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(path, nested(path, at, depth), opened(at, '{'));
                case START_ARRAY -> array(path, nested(path, at, depth), opened(at, '['));
                case VALUE_STRING -> {
                    remember(parser.event(), at);
                    yield NODES.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new JsonProcessingException("unexpected " + token, parser.currentTokenLocation()) {
                };
            };
        }

        private int nested(FieldPath path, SourcePosition at, int depth) {
            if (depth >= limits.maxDepth()) {
                throw new TooDeep(at, path);
            }
            return depth + 1;
        }

        /** Keeps track of open brackets, so that an unclosed one can be named at its line. */
        private boolean opened(SourcePosition at, char bracket) {
            boolean flow = parser.event() instanceof CollectionStartEvent collection && collection.isFlow();
            if (flow) {
                openBrackets.push(new YamlSyntaxError.OpenBracket(at, bracket));
            }
            return flow;
        }

        private ObjectNode object(FieldPath path, int depth, boolean flow) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                FieldPath child = path.child(name);
                SourcePosition keyAt = here();
                plainYamlOnly(child, keyAt);
                if (node.has(name)) {
                    problems.add(CatalogueProblem.at(keyAt, file, child.dotted(),
                            "duplicate key; it is already set on line " + positions.get(child).line()));
                }
                positions.put(child, keyAt);
                parser.nextToken();
                node.set(name, value(child, depth));
            }
            closed(flow);
            return node;
        }

        private ArrayNode array(FieldPath path, int depth, boolean flow) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(path.index(index++), depth));
            }
            closed(flow);
            return node;
        }

        private void closed(boolean flow) {
            if (flow) {
                openBrackets.pop();
            }
        }

        /** Anchors, aliases and tags are reported where they stand; the walk goes on to find any others. */
        private void plainYamlOnly(FieldPath path, SourcePosition at) {
            Event event = parser.event();
            if (event instanceof AliasEvent alias) {
                problems.add(CatalogueProblem.at(at, file, path.dotted(), "'*" + alias.getAnchor() + "' is a YAML "
                        + "alias, which catalogue files do not use (it would be read as the text '" + alias.getAnchor()
                        + "'); write the value out in full"));
                return;
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                problems.add(CatalogueProblem.at(at, file, path.dotted(), "'&" + node.getAnchor() + "' is a YAML "
                        + "anchor, which catalogue files do not use; delete it, and write out in full every value "
                        + "that refers to it"));
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null) {
                String written = tag.startsWith(YAML_TAGS) ? "!!" + tag.substring(YAML_TAGS.length()) : tag;
                problems.add(CatalogueProblem.at(at, file, path.dotted(), "'" + written + "' is a YAML tag, which "
                        + "catalogue files do not use; delete it (put the value in quotes if it must be read as text)"));
            }
        }

        private void remember(Event event, SourcePosition at) {
            if (event instanceof ScalarEvent scalar && (scalar.isDQuoted() || scalar.isSQuoted())) {
                lastQuoted = new YamlSyntaxError.Quoted(at, new SourcePosition(scalar.getEndMark().getLine() + 1,
                        scalar.getEndMark().getColumn() + 1), scalar.isDQuoted() ? '"' : '\'');
            }
        }

        SourcePosition here() {
            JsonLocation location = parser.currentTokenLocation();
            lastToken = new SourcePosition(location.getLineNr(), location.getColumnNr());
            return lastToken;
        }
    }
}
