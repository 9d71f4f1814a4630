package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a YAML syntax error into a message an editor can act on: what is wrong, on the line where the mistake
 * starts, and what to do. SnakeYAML reports where it gave up, which for an unclosed quote or bracket can be dozens of
 * lines later, in its own terms ("expected &lt;block end&gt;, but found '&lt;scalar&gt;'"); the reader knows more:
 * which quoted text ran over several lines and which brackets are still open.
 */
final class YamlSyntaxError {

    static final String PREFIX = "invalid YAML: ";

    /** A quoted text as read: where it starts and ends, and its quote. */
    record Quoted(SourcePosition start, SourcePosition end, char quote) {
        boolean multiLine() {
            return end.line() > start.line();
        }
    }

    /** An open '[' or '{'. */
    record OpenBracket(SourcePosition at, char bracket) {
        char closing() {
            return bracket == '[' ? ']' : '}';
        }

        String kind() {
            return bracket == '[' ? "list" : "mapping";
        }
    }

    /**
     * What the reader knew when the parser failed.
     *
     * @param lastQuoted   the last quoted text read, or null
     * @param innermost    the innermost bracket still open, or null
     * @param lastToken    position of the last token read
     * @param lastEvent    where the parser's last event starts: the token Jackson failed on, if it did
     */
    record State(Quoted lastQuoted, OpenBracket innermost, SourcePosition lastToken, SourcePosition lastEvent) {
    }

    private static final Map<String, String> TOKENS = Map.of(
            "?", "a key",
            "<block mapping start>", "a key",
            "<block sequence start>", "a list item ('- ')",
            "-", "a list item ('- ')",
            "<scalar>", "a value",
            "<stream end>", "the end of the file");
    private static final Pattern FOUND = Pattern.compile("but (?:found|got) '?(.*?)'?$");
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("unknown escape character (.)\\(");
    private static final Pattern HEX_ESCAPE = Pattern.compile("escape sequence of (\\d+) hexadecimal");
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.*?)' that cannot start any token");
    private static final Pattern JACKSON_CONSTRAINT = Pattern.compile(",? from `StreamReadConstraints\\.[^`]*`");

    private YamlSyntaxError() {
    }

    static CatalogueProblem describe(String file, JsonProcessingException e, State state) {
        MarkedYAMLException yaml = markedCause(e);
        if (yaml == null) {
            return jackson(file, e, state);
        }
        String context = Objects.toString(yaml.getContext(), "");
        String problem = Objects.toString(yaml.getProblem(), "");
        SourcePosition contextAt = position(yaml.getContextMark());
        SourcePosition problemAt = position(yaml.getProblemMark());
        String found = found(problem);
        Quoted quoted = state.lastQuoted();

        if (quoted != null && quoted.multiLine() && problemAt.line() >= quoted.end().line()
                && problemAt.line() <= quoted.end().line() + 1) {
            return at(file, quoted.start(), "the quote " + quoted.quote() + " that starts here is not closed on this "
                    + "line, so YAML read on to the next " + quoted.quote() + " on line " + quoted.end().line()
                    + " and failed there; close the quote on this line");
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return at(file, contextAt, "a quoted text starts here but is never closed; add the closing quote at its end");
        }
        if (problem.contains("escape")) {
            // At the backslash, which SnakeYAML's mark has passed.
            Matcher unknown = UNKNOWN_ESCAPE.matcher(problem);
            Matcher hexadecimal = HEX_ESCAPE.matcher(problem);
            String what;
            SourcePosition backslash;
            if (unknown.find()) {
                what = "'\\" + unknown.group(1) + "' is not an escape YAML knows";
                backslash = new SourcePosition(problemAt.line(), problemAt.column() - 1);
            } else {
                int digits = hexadecimal.find() ? Integer.parseInt(hexadecimal.group(1)) : 0;
                String letter = digits == 2 ? "x" : digits == 4 ? "u" : "U";
                what = "'\\" + letter + "' must be followed by " + digits + " hexadecimal digits";
                backslash = new SourcePosition(problemAt.line(), problemAt.column() - 2);
            }
            return at(file, backslash, what + " in a \"double-quoted\" text; write \\\\ for a backslash, or use "
                    + "'single quotes', in which a backslash is an ordinary character");
        }
        if (problem.contains("(TAB)")) {
            return at(file, problemAt, "a tab character; YAML indents with spaces only: replace the tab with spaces");
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.find()) {
            return at(file, problemAt, "'" + cannotStart.group(1) + "' cannot start a value; put the value in quotes");
        }
        OpenBracket open = state.innermost();
        if (open != null && (context.contains("flow") || "<stream end>".equals(found))) {
            return at(file, open.at(), "the " + open.kind() + " opened with '" + open.bracket() + "' here is not "
                    + "closed; add the '" + open.closing() + "' at its end"
                    + (problemAt.line() > open.at().line() ? " (YAML looked for it up to line " + problemAt.line() + ")" : ""));
        }
        if (problem.contains("mapping values are not allowed")) {
            return at(file, problemAt, "unexpected ':' here: either this line is indented deeper than the key it "
                    + "belongs under, or a text contains ': ' and must be put in quotes");
        }
        if (context.contains("simple key") && problem.contains("':'")) {
            return at(file, contextAt, "this line is neither 'key: value' nor '- item': add the ':' after the key, "
                    + "or indent the line under the key whose text it continues");
        }
        if (problem.startsWith("expected <block end>")) {
            if (quoted != null && "<scalar>".equals(found) && problemAt.line() == quoted.end().line()) {
                return at(file, problemAt, "text after the closing quote; put the whole value inside the quotes, or "
                        + "leave the quotes out");
            }
            if ("]".equals(found) || "}".equals(found)) {
                return at(file, problemAt, "a '" + found + "' that closes nothing; delete it, or add the opening '"
                        + ("]".equals(found) ? "[" : "{") + "' where the " + ("]".equals(found) ? "list" : "mapping")
                        + " starts");
            }
            if (context.contains("collection") && "a key".equals(TOKENS.get(found))) {
                return at(file, problemAt, "a key where the list above expects more '- ' items; indent it less to "
                        + "make it a key of the mapping above the list, or start it with '- '");
            }
            return at(file, problemAt, describeToken(found) + " at an indentation that matches no level above it; "
                    + "indent this line exactly like the other keys of its mapping, or the other '- ' items of its list");
        }
        if (problem.contains("expected the node content")) {
            return at(file, problemAt, "'" + found + "' where a value should start; put the value in quotes if it "
                    + "is text");
        }
        if (context.contains("alias") || context.contains("anchor")) {
            return at(file, contextAt, "'*' and '&' start YAML aliases and anchors, which catalogue files do not use; "
                    + "put the value in quotes");
        }
        if (problem.contains("tag")) {
            return at(file, problemAt, "'!' starts a YAML tag, which catalogue files do not use; put the value in "
                    + "quotes");
        }
        if (context.contains("block scalar")) {
            return at(file, contextAt, "after '|' or '>' only '-', '+' or a digit may follow on the line; start the "
                    + "text on the next line, indented");
        }
        String message = (context.isEmpty() ? "" : context + ": ") + problem;
        return at(file, problemAt.line() > 0 ? problemAt : contextAt, message);
    }

    /** An error Jackson raised itself (no SnakeYAML marks); its own wording names internals, so it is rephrased. */
    private static CatalogueProblem jackson(String file, JsonProcessingException e, State state) {
        JsonLocation location = e.getLocation();
        SourcePosition at = state.lastEvent().line() > 0 ? state.lastEvent()
                : location == null || location.getLineNr() < 1 ? state.lastToken()
                : new SourcePosition(location.getLineNr(), location.getColumnNr());
        String original = Objects.toString(e.getOriginalMessage(), "syntax error");
        if (original.startsWith("Expected a field name")) {
            return at(file, at, "a key must be a plain name, not a list, a mapping or an alias");
        }
        String message = JACKSON_CONSTRAINT.matcher(original.lines().findFirst().orElse(original)).replaceAll("")
                .replace("exceeds the maximum allowed", "is more than the parser accepts");
        return at(file, at, message);
    }

    private static CatalogueProblem at(String file, SourcePosition position, String message) {
        return CatalogueProblem.at(position, file, "", PREFIX + message);
    }

    private static String describeToken(String found) {
        String known = TOKENS.get(found);
        return known != null ? capitalised(known) : "'" + found + "'";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String found(String problem) {
        Matcher matcher = FOUND.matcher(problem);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static SourcePosition position(Mark mark) {
        return mark == null ? SourcePosition.UNKNOWN : new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static MarkedYAMLException markedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }
}
