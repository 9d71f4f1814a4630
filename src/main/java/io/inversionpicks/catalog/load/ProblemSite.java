package io.inversionpicks.catalog.load;

/**
 * Where a rule reports a problem: a file it can point into by line and column. A parsed {@link YamlDocument} is one;
 * a product taken unchanged from the {@link ProductFileCache} is another, re-parsed only if a problem needs a line.
 */
interface ProblemSite {

    /** Relative path shown to editors. */
    String file();

    CatalogueProblem problem(FieldPath path, String message);
}
