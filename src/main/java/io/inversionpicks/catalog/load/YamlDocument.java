package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * A parsed catalogue file: its tree, and where each value stood, so that every later check can point at a line.
 *
 * @param file relative path shown to editors
 */
public record YamlDocument(String file, JsonNode root, Map<FieldPath, SourcePosition> positions, String sha256) implements ProblemSite {

    /** Position of the field, or of its nearest enclosing field that has one (a missing field: its parent). */
    public SourcePosition position(FieldPath path) {
        FieldPath current = path;
        while (true) {
            SourcePosition found = positions.get(current);
            if (found != null) {
                return found;
            }
            if (current.elements().isEmpty()) {
                return SourcePosition.UNKNOWN;
            }
            current = new FieldPath(current.elements().subList(0, current.elements().size() - 1));
        }
    }

    @Override
    public CatalogueProblem problem(FieldPath path, String message) {
        return CatalogueProblem.at(position(path), file, path.dotted(), message);
    }
}
