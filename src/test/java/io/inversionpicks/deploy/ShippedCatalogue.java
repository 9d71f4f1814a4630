package io.inversionpicks.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A throw-away copy of catalog-data for packaged-jar tests that edit their catalogue. */
final class ShippedCatalogue {

    private ShippedCatalogue() {
    }

    static Path copyTo(Path target) throws IOException {
        Path source = Path.of("catalog-data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
