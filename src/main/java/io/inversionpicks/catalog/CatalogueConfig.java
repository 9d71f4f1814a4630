package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.FileLimits;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "catalog")
public interface CatalogueConfig {

    /** The catalogue folder (env CATALOG_PATH). Relative paths are resolved against the working directory. */
    @WithDefault("catalog-data")
    Path path();

    /** Product rows are kept for this many recent versions; older versions keep only their metadata. */
    @WithDefault("20")
    int keepVersions();

    /**
     * A reload still reading files after this long is stopped and rejected, naming the file it was reading, so that
     * no reload can hold up the next one for long (env CATALOG_RELOAD_TIMEOUT). Reading 100,000 products takes
     * about 40 s on two cores.
     */
    @WithDefault("5m")
    Duration reloadTimeout();

    /**
     * Whether a restart answers from the version stored before it while it checks the files, ready only once they are
     * checked (env CATALOG_SERVE_STORED_AT_RESTART). Off, a restart reads every file before it answers anything, as a
     * first start does. Tests turn it off: applications started one after another in a test JVM share one in-memory
     * database, and each test expects its own files served from the start.
     */
    @WithDefault("true")
    boolean serveStoredAtRestart();

    /** Limits on the catalogue files, checked before a file is parsed ({@code catalog.limits.*}). */
    Limits limits();

    interface Limits {

        /** Largest catalogue file (env CATALOG_LIMITS_MAX_FILE_SIZE), e.g. 1M or 512K. */
        @WithDefault(FileLimits.DEFAULT_MAX_FILE_SIZE)
        MemorySize maxFileSize();

        /**
         * Longest line, in characters. Raising it far makes parsing slower with the square of the line length (a
         * SnakeYAML trait): a 1,000,000-character line takes seconds.
         */
        @WithDefault(FileLimits.DEFAULT_MAX_LINE_LENGTH)
        int maxLineLength();

        /** Deepest nesting of lists and mappings in a file. */
        @WithDefault(FileLimits.DEFAULT_MAX_DEPTH)
        int maxDepth();

        /** Most product files in products/. */
        @WithDefault(FileLimits.DEFAULT_MAX_FILES)
        int maxFiles();

        default FileLimits fileLimits() {
            return new FileLimits(maxFileSize().asLongValue(), maxLineLength(), maxDepth(), maxFiles());
        }
    }
}
