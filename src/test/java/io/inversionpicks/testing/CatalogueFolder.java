package io.inversionpicks.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throw-away copy of the shipped catalogue that tests edit the way editors and Kubernetes do: in place, through a
 * temp file and rename, by adding, deleting and renaming files, and by swapping a ConfigMap {@code ..data} link.
 * The repository's catalog-data is never touched.
 */
public final class CatalogueFolder {

    /** A valid product of our own (products/test-table.yaml), so tests don't depend on the shipped products. */
    public static final String TEST_PRODUCT = "products/test-table.yaml";
    public static final String TEST_PRODUCT_ID = "test-table";
    /** The test product's sources, exactly as written in it (before its offers). */
    public static final String TEST_PRODUCT_SOURCES = """
            sources:
              - url: https://www.example.com/manuals/test-fixture
                supports: "test fixture: not a real product source"
            """;

    private final Path root;

    private CatalogueFolder(Path root) {
        this.root = root;
    }

    /** A copy of catalog-data plus the test product, in a new temp folder that is deleted when the JVM exits. */
    public static CatalogueFolder create() {
        try {
            Path parent = Files.createTempDirectory("catalogue-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(parent)));
            CatalogueFolder folder = new CatalogueFolder(parent.resolve("catalog"));
            folder.reset();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** Back to catalog-data plus the test product, in the plain (non-ConfigMap) layout. */
    public void reset() {
        // The folder itself stays: it is what the service watches, as a real catalogue folder would.
        try {
            Files.createDirectories(root);
            try (Stream<Path> children = Files.list(root)) {
                children.forEach(CatalogueFolder::deleteTree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyTree(Fixtures.SHIPPED_CATALOGUE, root);
        write(TEST_PRODUCT, testProduct());
    }

    public static String testProduct() {
        try (InputStream in = CatalogueFolder.class.getResourceAsStream("/catalogs/test-product.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Overwrites the file in place, as most editors do. */
    public void write(String relative, String content) {
        try {
            Files.createDirectories(path(relative).getParent());
            Files.writeString(path(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes raw bytes, for files that are not UTF-8 text. */
    public void writeBytes(String relative, byte[] content) {
        try {
            Files.createDirectories(path(relative).getParent());
            Files.write(path(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a hidden temp file next to the target and renames it over the target, as vim and IntelliJ do. */
    public void writeViaRename(String relative, String content) {
        Path target = path(relative);
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void edit(String relative, UnaryOperator<String> change) {
        write(relative, change.apply(read(relative)));
    }

    public void delete(String relative) {
        try {
            Files.delete(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void move(String from, String to) {
        try {
            Files.move(path(from), path(to), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code relative} a symbolic link to {@code target}, replacing what was there. */
    public void link(String relative, Path target) {
        try {
            Files.createDirectories(path(relative).getParent());
            deleteTree(path(relative));
            Files.createSymbolicLink(path(relative), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file next to the catalogue folder, outside it: what a link that leads out of the folder points at. */
    public Path outside(String name, String content) {
        try {
            Path file = root.resolveSibling("outside").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns the folder into the layout of a Kubernetes ConfigMap volume: the files live in {@code dataDir}, the
     * {@code ..data} link points at it, and every top-level entry is a link through {@code ..data}.
     */
    public void toConfigMapLayout(String dataDir) {
        try {
            Path data = root.resolve(dataDir);
            Files.createDirectory(data);
            List<Path> entries;
            try (Stream<Path> children = Files.list(root)) {
                entries = children.filter(p -> !p.equals(data)).toList();
            }
            for (Path entry : entries) {
                Files.move(entry, data.resolve(entry.getFileName()));
            }
            Files.createSymbolicLink(root.resolve("..data"), Path.of(dataDir));
            for (Path entry : entries) {
                Files.createSymbolicLink(entry, Path.of("..data").resolve(entry.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the kubelet does on a ConfigMap update: writes the new files into a fresh {@code ..<timestamp>} folder
     * (a copy of the current data, then {@code change} applied to it), points a temp link at it, renames that link
     * over {@code ..data} in one atomic step, and removes the old data folder.
     */
    public void swapConfigMapData(String newDataDir, Consumer<Path> change) {
        try {
            Path link = root.resolve("..data");
            Path oldData = link.toRealPath();
            Path newData = root.resolve(newDataDir);
            copyTree(oldData, newData);
            change.accept(newData);
            Path tempLink = root.resolve("..data_tmp");
            Files.createSymbolicLink(tempLink, Path.of(newDataDir));
            Files.move(tempLink, link, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(oldData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file with one line replaced: {@code ^key: .*$} becomes {@code key: value} (first match). */
    public static String withLine(String content, String key, String value) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*$").matcher(content);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no line '" + key + ":' in\n" + content);
        }
        return content.substring(0, matcher.start()) + key + ": " + value + content.substring(matcher.end());
    }

    /** 1-based number of the first line of the file containing {@code text}, whatever its encoding. */
    public int lineInFile(String relative, String text) {
        try {
            return lineOf(new String(Files.readAllBytes(path(relative)), StandardCharsets.ISO_8859_1), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based number of the first line containing {@code text}. */
    public static int lineOf(String content, String text) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("'" + text + "' not found in\n" + content);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes without following symlinks, so a ConfigMap layout is removed link by link. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
