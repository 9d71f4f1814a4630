package io.inversionpicks.catalog.load;

import io.quarkus.runtime.configuration.MemorySizeConverter;

/**
 * Bounds on what the loader reads, checked before a file is parsed, so that no file can make a reload slow or
 * exhaust memory. Each limit is reported with the file, the line and the setting that raises it.
 * <p>
 * The defaults are the {@code DEFAULT_*} constants; {@code CatalogueConfig.Limits} uses the same constants as its
 * {@code @WithDefault}s, so the server, the validation command and the tests share one set of defaults.
 *
 * @param maxFileSize   bytes per file; a product file is about 2 KB
 * @param maxLineLength characters per line. Also what keeps parsing linear: SnakeYAML copies its whole look-ahead
 *                      window each time it reads 1,024 more characters, and its look-ahead runs to the end of a
 *                      scalar or comment on the current line, so a line of n characters without blanks costs about
 *                      n²/2,048 copied characters (20 MiB: two minutes). At 10,000 that is at most ten refills.
 * @param maxDepth      nested lists and mappings per file; a product file nests four deep
 * @param maxFiles      product files in the catalogue
 */
public record FileLimits(long maxFileSize, int maxLineLength, int maxDepth, int maxFiles) {

    public static final String DEFAULT_MAX_FILE_SIZE = "1M";
    public static final String DEFAULT_MAX_LINE_LENGTH = "10000";
    public static final String DEFAULT_MAX_DEPTH = "20";
    public static final String DEFAULT_MAX_FILES = "200000";

    public static final FileLimits DEFAULTS = new FileLimits(
            new MemorySizeConverter().convert(DEFAULT_MAX_FILE_SIZE).asLongValue(),
            Integer.parseInt(DEFAULT_MAX_LINE_LENGTH), Integer.parseInt(DEFAULT_MAX_DEPTH),
            Integer.parseInt(DEFAULT_MAX_FILES));

    public FileLimits {
        if (maxFileSize < 1 || maxLineLength < 1 || maxDepth < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("catalogue limits must be positive: " + this);
        }
    }

    /** SnakeYAML's own code point limit, which must never be what stops a file: it reports no useful position. */
    int codePointLimit() {
        return (int) Math.min(Integer.MAX_VALUE, maxFileSize + 1);
    }
}
