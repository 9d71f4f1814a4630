package io.inversionpicks.catalog.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * A catalogue file's bytes, read only if it is a plain file within the size limit: a pipe or device would block a
 * reload or never end, and a huge file would fill the memory before any check could run.
 *
 * @param content the bytes, or null when {@code problem} says why they were not read
 */
record FileBytes(byte[] content, CatalogueProblem problem) {

    static FileBytes read(Path path, String file, FileLimits limits) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return refused(file, "is not a plain file (but a folder, device or pipe); only plain .yaml files "
                        + "are read");
            }
            if (attributes.size() > limits.maxFileSize()) {
                return tooLarge(file, attributes.size(), limits);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileSize() + 1));
                // It may have grown since its size was read.
                return content.length > limits.maxFileSize() ? tooLarge(file, content.length, limits)
                        : new FileBytes(content, null);
            }
        } catch (IOException e) {
            return refused(file, "cannot be read: " + e.getMessage());
        }
    }

    private static FileBytes tooLarge(String file, long size, FileLimits limits) {
        return refused(file, "the file is " + (size > limits.maxFileSize() + 1 ? size(size) + ", " : "")
                + "larger than the limit of " + size(limits.maxFileSize()) + " per file "
                + "(catalog.limits.max-file-size); a product file is about 2 KB: check that it is the file you meant");
    }

    private static FileBytes refused(String file, String message) {
        return new FileBytes(null, CatalogueProblem.wholeFile(file, message));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kib = bytes / 1024.0;
        return kib < 1024 ? String.format(Locale.ROOT, "%.1f KiB", kib)
                : String.format(Locale.ROOT, "%.1f MiB", kib / 1024);
    }
}
