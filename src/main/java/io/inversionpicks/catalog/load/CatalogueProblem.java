package io.inversionpicks.catalog.load;

import java.util.Comparator;

/**
 * One thing wrong in the catalogue files, pinned to a place an editor can jump to.
 *
 * @param file   path relative to the catalogue folder, e.g. {@code products/teeter-fitspine-x3.yaml}
 * @param line   1-based; 0 when the problem concerns the file as a whole
 * @param column 1-based; 0 when unknown
 * @param field  dotted path of the field, e.g. {@code offers[0].url}; empty for the whole file
 */
public record CatalogueProblem(String file, int line, int column, String field, String message)
        implements Comparable<CatalogueProblem> {

    private static final Comparator<CatalogueProblem> ORDER = Comparator.comparing(CatalogueProblem::file)
            .thenComparingInt(CatalogueProblem::line).thenComparingInt(CatalogueProblem::column)
            .thenComparing(CatalogueProblem::field).thenComparing(CatalogueProblem::message);

    public static CatalogueProblem at(SourcePosition position, String file, String field, String message) {
        return new CatalogueProblem(file, position.line(), position.column(), field, message);
    }

    public static CatalogueProblem wholeFile(String file, String message) {
        return new CatalogueProblem(file, 0, 0, "", message);
    }

    /** {@code file:line:column: field: message}, the form compilers use, so editors and CI can link to it. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }

    @Override
    public int compareTo(CatalogueProblem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
