package io.inversionpicks.catalog.load;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The editors' check, without starting the server: {@code ./mvnw -q compile exec:java} validates
 * {@code catalog-data} ({@code -Dexec.args=FOLDER} for another folder). It runs exactly the checks the server
 * runs before publishing, prints each problem as {@code path:line:column: field: message} (the form compilers
 * use, so terminals and editors link to the spot) and exits 1 when there is any, so it fits a git pre-commit hook
 * or a CI step.
 */
public final class ValidateCatalogue {

    static final String DEFAULT_FOLDER = "catalog-data";
    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    private static final String PACKAGED_JAR = "quarkus-run.jar";

    private ValidateCatalogue() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Instant.now()));
    }

    /** @return the exit code: 0 valid, 1 invalid, 2 wrong usage */
    static int run(String[] args, PrintStream out, PrintStream err, Instant now) {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            err.println("usage: ValidateCatalogue [catalogue-folder]   (default: " + DEFAULT_FOLDER + ")");
            return USAGE;
        }
        Path folder = Path.of(args.length == 1 ? args[0] : DEFAULT_FOLDER);
        LoadResult result = new CatalogueLoader().load(folder, now);
        if (result instanceof LoadResult.Invalid invalid) {
            for (CatalogueProblem problem : invalid.problems()) {
                out.println(inFolder(folder, problem).format());
            }
            out.printf("%s: %d problem(s); the service would reject this catalogue and keep serving the last good one%n",
                    folder, invalid.problems().size());
            return INVALID;
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        long active = loaded.catalogue().products().stream().filter(p -> p.active()).count();
        out.printf("%s: OK, %d products (%d active), version %s%n", folder, loaded.catalogue().products().size(),
                active, loaded.contentHash().substring(0, 12));
        return VALID;
    }

    /**
     * The command that runs this check on {@code folder} where the service itself runs: with the packaged
     * application's own classes when it was started as {@code java -jar .../quarkus-run.jar} (a clone's
     * target/quarkus-app, or /deployments in the container image), else through Maven from a clone.
     */
    public static String command(Path folder) {
        String classPath = System.getProperty("java.class.path", "");
        String arguments = " " + ValidateCatalogue.class.getName() + " " + shellWord(folder.toString());
        if (classPath.endsWith(PACKAGED_JAR) && !classPath.contains(File.pathSeparator)) {
            Path app = Path.of(classPath).getParent();
            String prefix = app == null ? "" : app + "/";
            return "java -cp " + shellWord(prefix + "app/*" + File.pathSeparator + prefix + "lib/main/*") + arguments;
        }
        return "./mvnw -q compile exec:java -Dexec.args=" + shellWord(folder.toString());
    }

    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** Problems name files relative to the catalogue; the command shows paths an editor can open from here. */
    private static CatalogueProblem inFolder(Path folder, CatalogueProblem problem) {
        String file = problem.file().equals(folder.toString()) ? problem.file()
                : folder.resolve(problem.file()).toString();
        return new CatalogueProblem(file, problem.line(), problem.column(), problem.field(), problem.message());
    }
}
