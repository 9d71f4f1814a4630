package io.inversionpicks.catalog.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A cheap summary of a catalogue folder for polling: every entry's name, size, modification time and inode, and
 * every symlink's target. Only metadata is read, so checking 10,000 product files costs milliseconds. Any edit,
 * rename, new or deleted file, or ConfigMap {@code ..data} swap changes it.
 */
final class FolderFingerprint {

    private FolderFingerprint() {
    }

    static String of(Path folder, List<String> subfolders) {
        List<String> entries = new ArrayList<>();
        describe(folder, "", entries);
        for (String sub : subfolders) {
            describe(folder.resolve(sub), sub + "/", entries);
        }
        Collections.sort(entries);
        return String.join("\n", entries);
    }

    private static void describe(Path folder, String prefix, List<String> entries) {
        if (!Files.isDirectory(folder)) {
            entries.add(prefix + " (missing)");
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                entries.add(prefix + entry(child));
            }
        } catch (IOException e) {
            entries.add(prefix + " (unreadable: " + e.getMessage() + ")");
        }
    }

    private static String entry(Path path) {
        StringBuilder out = new StringBuilder(path.getFileName().toString());
        try {
            if (Files.isSymbolicLink(path)) {
                out.append(" -> ").append(Files.readSymbolicLink(path));
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            out.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime())
                    .append(' ').append(attributes.fileKey());
        } catch (IOException e) {
            // Vanished between listing and reading, or a dangling link: that state is part of the fingerprint.
            out.append(" (unreadable)");
        }
        return out.toString();
    }
}
