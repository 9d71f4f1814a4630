package io.inversionpicks.catalog.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cached product file that cross-file rules can still point into. Unchanged files are not parsed again on reload,
 * so their line numbers are only worked out when a rule finds a problem in them (say, after a retailer they use was
 * removed from retailers.yaml), which is rare and then worth the parse.
 */
final class ReparsedOnDemand implements ProblemSite {

    private final Path root;
    private final String file;
    private YamlDocument document;

    ReparsedOnDemand(Path root, String file) {
        this.root = root;
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public CatalogueProblem problem(FieldPath path, String message) {
        if (document == null) {
            try {
                document = YamlDocumentReader.read(file, Files.readAllBytes(root.resolve(file))).document();
            } catch (IOException e) {
                document = null;
            }
        }
        return document == null ? CatalogueProblem.wholeFile(file, path.dotted() + ": " + message)
                : document.problem(path, message);
    }
}
