package io.inversionpicks.sync.feed;

/**
 * The feed as a whole cannot be read: it is empty, an HTML page was served instead, it is cut off, or it is not
 * valid CSV, TSV, XML or JSON. The message names the format and, when the parser knows it, the line and column.
 * Rows handed out before this was thrown belong to a broken feed and must be thrown away.
 */
public class FeedException extends RuntimeException {

    private final FeedFormat format;
    private final int line;
    private final int column;

    FeedException(FeedFormat format, String problem) {
        this(format, problem, -1, -1, null);
    }

    FeedException(FeedFormat format, String problem, int line, int column, Throwable cause) {
        super(format.name() + " feed" + position(line, column) + ": " + problem, cause);
        this.format = format;
        this.line = line;
        this.column = column;
    }

    public FeedFormat format() {
        return format;
    }

    /** From 1, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** From 1, or -1 when unknown. */
    public int column() {
        return column;
    }

    private static String position(int line, int column) {
        if (line <= 0) {
            return "";
        }
        return column <= 0 ? ", line " + line : ", line " + line + ", column " + column;
    }
}
