package io.inversionpicks.catalog.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The catalogue folder as a boundary: the service reads, lists and watches only what lies inside it. Symbolic links
 * are followed while their target stays inside, because a Kubernetes ConfigMap volume is made of such links
 * ({@code ..data} and every entry point into a {@code ..<timestamp>} folder next to them). A link that leads out of
 * the folder is refused, so a link to {@code /etc/passwd} or a home folder never reaches readers, logs or the admin
 * page, and never makes the service watch a folder it does not own.
 */
public final class FolderBoundary {

    private final Path realFolder;

    private FolderBoundary(Path realFolder) {
        this.realFolder = realFolder;
    }

    /** Empty when the folder does not exist. */
    public static Optional<FolderBoundary> of(Path folder) {
        return realPath(folder).map(FolderBoundary::new);
    }

    /** Where {@code path} really leads, every link followed; empty when it leads nowhere (missing, dangling link). */
    public static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The folder's real path: where it leads now, if it is itself a link (git-sync swaps such a link). */
    public Path folder() {
        return realFolder;
    }

    /** True when a real path (see {@link #realPath}) is the folder or lies inside it. */
    public boolean contains(Path realPath) {
        return realPath.startsWith(realFolder);
    }

    /** Where {@code path} really leads, if it exists and that is inside the folder. */
    public Optional<Path> inside(Path path) {
        return realPath(path).filter(this::contains);
    }
}
