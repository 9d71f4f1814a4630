package io.inversionpicks.catalog.load;

import java.nio.file.Path;

/**
 * A cached product file that cross-file rules can still point into. Unchanged files are not parsed again on reload,
 * so their line numbers are only worked out when a rule finds a problem in them (say, after a retailer they use was
 * removed from retailers.yaml), which is rare and then worth the parse.
 */
final class ReparsedOnDemand implements ProblemSite {

    private final Path root;
    private final String file;
    private final FileLimits limits;
    private YamlDocument document;

    ReparsedOnDemand(Path root, String file, FileLimits limits) {
        this.root = root;
        this.file = file;
        this.limits = limits;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public CatalogueProblem problem(FieldPath path, String message) {
        if (document == null) {
            FileBytes bytes = FileBytes.read(root.resolve(file), file, limits);
            document = bytes.content() == null ? null
                    : YamlDocumentReader.read(file, bytes.content(), limits, LoadControl.NONE).document();
        }
        return document == null ? CatalogueProblem.wholeFile(file, path.dotted() + ": " + message)
                : document.problem(path, message);
    }
}
