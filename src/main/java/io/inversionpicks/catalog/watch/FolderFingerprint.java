package io.inversionpicks.catalog.watch;

import io.inversionpicks.catalog.load.FolderBoundary;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A cheap summary of a catalogue folder for polling: every entry's name, size, modification time and inode, and
 * every symlink's target. Only metadata is read, so checking 10,000 product files costs milliseconds. Any edit,
 * rename, new or deleted file, or ConfigMap {@code ..data} swap changes it; nothing outside the catalogue folder
 * does (see {@link FolderBoundary}).
 */
final class FolderFingerprint {

    private FolderFingerprint() {
    }

    static String of(Path folder, List<String> subfolders) {
        List<String> entries = new ArrayList<>();
        Optional<FolderBoundary> boundary = FolderBoundary.of(folder);
        describe(boundary, folder, "", entries);
        for (String sub : subfolders) {
            describe(boundary, folder.resolve(sub), sub + "/", entries);
        }
        Collections.sort(entries);
        return String.join("\n", entries);
    }

    /** Lists a folder inside the catalogue folder; one that is missing or leads outside it is just that. */
    private static void describe(Optional<FolderBoundary> boundary, Path folder, String prefix, List<String> entries) {
        if (boundary.flatMap(inside -> inside.inside(folder)).filter(Files::isDirectory).isEmpty()) {
            entries.add(prefix + " (missing or outside the catalogue folder)");
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                entries.add(prefix + entry(boundary.get(), child));
            }
        } catch (IOException e) {
            entries.add(prefix + " (unreadable: " + e.getMessage() + ")");
        }
    }

    /** A link is followed only inside the catalogue folder: what lies outside is never read, so never looked at. */
    private static String entry(FolderBoundary boundary, Path path) {
        StringBuilder out = new StringBuilder(path.getFileName().toString());
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                out.append(" -> ").append(Files.readSymbolicLink(path));
                if (boundary.inside(path).isPresent()) {
                    attributes = Files.readAttributes(path, BasicFileAttributes.class);
                }
            }
            out.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime())
                    .append(' ').append(attributes.fileKey());
        } catch (IOException e) {
            // Vanished between listing and reading: that state is part of the fingerprint.
            out.append(" (unreadable)");
        }
        return out.toString();
    }
}
