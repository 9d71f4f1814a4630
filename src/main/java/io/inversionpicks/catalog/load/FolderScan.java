package io.inversionpicks.catalog.load;

import io.inversionpicks.common.Suggestions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the files of a catalogue folder, and reports every entry the loader would not read, so that nothing an editor
 * puts into the folder is silently ignored: a product in a sub-folder, a misspelt {@code products/} folder, a stray
 * or backup file is a problem naming it, with "did you mean" for near misses. A folder the service publishes is one
 * it understands completely; removing a stray file costs an editor nothing, and readers keep the last good version
 * meanwhile.
 * <p>
 * Skipped without a word: hidden entries (a name starting with a dot: {@code .git}, {@code .gitkeep},
 * {@code .DS_Store}, editors' swap files, a ConfigMap's {@code ..data}), README files, and {@code lost+found}.
 * Symbolic links are followed only while they stay inside the folder (see {@link FolderBoundary}).
 */
final class FolderScan {

    /** Kubernetes ConfigMap volumes expose files through this link, which is swapped atomically on update. */
    static final String CONFIGMAP_DATA_LINK = "..data";
    private static final String YAML = ".yaml";
    private static final Set<String> BACKUP_SUFFIXES = Set.of("~", ".bak", ".orig", ".rej", ".swp", ".tmp", ".old");

    /**
     * @param root         the folder to read from: the ConfigMap data folder behind its {@code ..data} link, or the
     *                     catalogue folder; either resolved once, so that a swap of a link (a ConfigMap update,
     *                     git-sync) during a load can't mix old and new files
     * @param productFiles {@code products/<name>.yaml} paths relative to {@code root}, sorted
     * @param refused      top-level catalogue files that exist but must not be read (their problem says why)
     * @param problems     one per entry that is not read
     */
    record Result(Path root, List<String> productFiles, Set<String> refused, List<CatalogueProblem> problems) {
    }

    private final FolderBoundary boundary;
    private final List<String> productFiles = new ArrayList<>();
    private final Set<String> refused = new TreeSet<>();
    private final List<CatalogueProblem> problems = new ArrayList<>();

    private FolderScan(FolderBoundary boundary) {
        this.boundary = boundary;
    }

    /** Empty when the folder does not exist. */
    static Optional<Result> of(Path folder) {
        return FolderBoundary.of(folder).map(boundary -> new FolderScan(boundary).scan(folder));
    }

    private Result scan(Path folder) {
        Path root = dataFolder(folder).orElse(boundary.folder());
        boolean productsFolderSeen = false;
        for (Path entry : list(root, "")) {
            String name = entry.getFileName().toString();
            BasicFileAttributes attributes = skipped(name) ? null : readable(entry, name);
            if (attributes == null) {
                continue;
            }
            if (CatalogueFileKind.topLevelFiles().contains(name)) {
                if (!attributes.isRegularFile()) {
                    refuse(name, "not a regular file; the service reads only plain files");
                }
            } else if (name.equals(CatalogueFileKind.PRODUCTS_FOLDER)) {
                if (attributes.isDirectory()) {
                    productsFolderSeen = true;
                    scanProducts(entry);
                } else {
                    refuse(name, "must be a folder; it holds one <id>.yaml file per product");
                }
            } else if (attributes.isDirectory()) {
                problems.add(CatalogueProblem.wholeFile(name, "unknown folder, not read" + Suggestions.closest(name,
                                List.of(CatalogueFileKind.PRODUCTS_FOLDER)).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; a catalogue has one folder, " + CatalogueFileKind.PRODUCTS_FOLDER + "/")));
            } else {
                problems.add(CatalogueProblem.wholeFile(name, unknownTopLevelFile(name)));
            }
        }
        if (!productsFolderSeen && !refused.contains(CatalogueFileKind.PRODUCTS_FOLDER)) {
            problems.add(CatalogueProblem.wholeFile(CatalogueFileKind.PRODUCTS_FOLDER,
                    "folder is missing; it holds one <id>.yaml file per product"));
        }
        return new Result(root, List.copyOf(productFiles), Set.copyOf(refused), List.copyOf(problems));
    }

    private void scanProducts(Path folder) {
        String prefix = CatalogueFileKind.PRODUCTS_FOLDER + "/";
        for (Path entry : list(folder, prefix)) {
            String name = entry.getFileName().toString();
            String file = prefix + name;
            BasicFileAttributes attributes = skipped(name) ? null : readable(entry, file);
            if (attributes == null) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (attributes.isDirectory()) {
                problems.add(CatalogueProblem.wholeFile(file, "sub-folder, not read; put every product directly in "
                        + prefix + " as <id>.yaml"));
            } else if (isBackup(lower)) {
                problems.add(CatalogueProblem.wholeFile(file, backupMessage()));
            } else if (!attributes.isRegularFile()) {
                problems.add(CatalogueProblem.wholeFile(file, "not a regular file; the service reads only plain files"));
            } else if (name.endsWith(YAML)) {
                productFiles.add(file);
            } else if (lower.endsWith(YAML) || lower.endsWith(".yml")) {
                problems.add(CatalogueProblem.wholeFile(file, "rename to .yaml; only .yaml files are read"));
            } else {
                problems.add(CatalogueProblem.wholeFile(file, "not a product file, not read; " + prefix
                        + " holds only <id>.yaml files"));
            }
        }
        productFiles.sort(null);
    }

    /**
     * The ConfigMap data folder behind {@code ..data}, when there is one inside the catalogue folder. A {@code ..data}
     * that leads elsewhere is not used: the entries linked through it are then reported one by one.
     */
    private Optional<Path> dataFolder(Path folder) {
        Path link = folder.resolve(CONFIGMAP_DATA_LINK);
        return Files.isSymbolicLink(link) ? boundary.inside(link).filter(Files::isDirectory) : Optional.empty();
    }

    /**
     * The attributes of an entry, a symbolic link followed when it stays inside the folder; null, with a problem
     * saying why, when the entry must not be read.
     */
    private BasicFileAttributes readable(Path entry, String file) {
        try {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!own.isSymbolicLink()) {
                return own;
            }
            Optional<Path> target = FolderBoundary.realPath(entry);
            if (target.isEmpty()) {
                refuse(file, "symbolic link to something that does not exist (" + Files.readSymbolicLink(entry) + ")");
                return null;
            }
            if (!boundary.contains(target.get())) {
                refuse(file, "symbolic link to outside the catalogue folder (" + target.get() + "); the service "
                        + "reads only files inside the folder: copy the file in instead");
                return null;
            }
            return Files.readAttributes(target.get(), BasicFileAttributes.class);
        } catch (IOException e) {
            refuse(file, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private void refuse(String file, String message) {
        refused.add(file);
        problems.add(CatalogueProblem.wholeFile(file, message));
    }

    private List<Path> list(Path folder, String prefix) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.add(CatalogueProblem.wholeFile(prefix.isEmpty() ? folder.toString() : prefix,
                    "cannot be listed: " + e));
            return List.of();
        }
    }

    /** Entries made by tools and the system rather than by editors, and notes for people. */
    private static boolean skipped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || lower.equals("lost+found") || lower.equals("readme")
                || lower.startsWith("readme.");
    }

    private static String unknownTopLevelFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (isBackup(lower)) {
            return backupMessage();
        }
        Set<String> known = CatalogueFileKind.topLevelFiles();
        return "unknown file, not read" + Suggestions.closest(name, known).map(s -> "; did you mean '" + s + "'?")
                .orElse("; a catalogue folder holds " + String.join(", ", known) + ", the "
                        + CatalogueFileKind.PRODUCTS_FOLDER + "/ folder and README files");
    }

    private static boolean isBackup(String lowerCaseName) {
        return (lowerCaseName.startsWith("#") && lowerCaseName.endsWith("#"))
                || BACKUP_SUFFIXES.stream().anyMatch(lowerCaseName::endsWith);
    }

    private static String backupMessage() {
        return "a backup or temporary copy, not read; delete it or move it out of the catalogue folder";
    }
}
