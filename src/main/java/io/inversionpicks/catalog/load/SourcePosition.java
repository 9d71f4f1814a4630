package io.inversionpicks.catalog.load;

/** Line and column (both 1-based) of a value in a YAML file. */
public record SourcePosition(int line, int column) {
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);
}
