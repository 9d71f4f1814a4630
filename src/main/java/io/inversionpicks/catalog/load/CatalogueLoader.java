package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Category;
import io.inversionpicks.catalog.model.Disclosures;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Ranking;
import io.inversionpicks.catalog.model.Retailer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a whole catalogue folder and either returns a complete, valid {@link Catalogue} or every problem found in
 * it. Pure: no CDI, no database, so the validation command, tests and the server share exactly the same checks.
 */
public final class CatalogueLoader {

    private static final String YAML = ".yaml";

    private final FileLimits limits;
    private final SchemaCheck schemaCheck = new SchemaCheck();
    private final ProductFileCache cache = new ProductFileCache();
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private record CategoriesFile(List<Category> categories) {
    }

    private record RetailersFile(List<Retailer> retailers) {
    }

    private record ProgrammesFile(List<AffiliateProgramme> programmes) {
    }

    /** With the default limits: the validation command and tests. */
    public CatalogueLoader() {
        this(FileLimits.DEFAULTS);
    }

    public CatalogueLoader(FileLimits limits) {
        this.limits = limits;
    }

    public LoadResult load(Path folder, Instant now) {
        return load(folder, now, LoadControl.NONE);
    }

    /**
     * @param control asked before each file and while each is parsed
     * @throws LoadStoppedException when {@code control} stops the load, naming the file it was reading
     */
    public LoadResult load(Path folder, Instant now, LoadControl control) {
        List<CatalogueProblem> problems = new ArrayList<>();
        Set<String> structurallyInvalid = new HashSet<>();
        Optional<FolderScan.Result> scanned = Files.isDirectory(folder) ? FolderScan.of(folder) : Optional.empty();
        if (scanned.isEmpty()) {
            return new LoadResult.Invalid(List.of(CatalogueProblem.wholeFile(folder.toString(),
                    "catalogue folder does not exist; set catalog.path (CATALOG_PATH) to the folder with the YAML files")));
        }
        FolderScan.Result scan = scanned.get();
        Path root = scan.root();
        problems.addAll(scan.problems());
        Map<String, String> hashes = new TreeMap<>();
        Map<CatalogueFileKind, YamlDocument> singles = new EnumMap<>(CatalogueFileKind.class);
        for (CatalogueFileKind kind : CatalogueFileKind.values()) {
            if (kind.singleFile() && !scan.refused().contains(kind.fileName())) {
                absorb(read(root, kind.fileName(), kind, control), problems, hashes, structurallyInvalid)
                        .filter(doc -> !structurallyInvalid.contains(doc.file()))
                        .ifPresent(doc -> singles.put(kind, doc));
            }
        }
        List<String> productFiles = scan.productFiles();
        if (productFiles.size() > limits.maxFiles()) {
            problems.add(CatalogueProblem.wholeFile(CatalogueFileKind.PRODUCTS_FOLDER, "holds " + productFiles.size()
                    + " product files, more than the limit of " + limits.maxFiles() + " (catalog.limits.max-files); "
                    + "none of them was read"));
            return new LoadResult.Invalid(problems);
        }
        cache.retainOnly(productFiles);
        List<ProductRead> productReads = productFiles.parallelStream()
                .map(file -> readProduct(root, file, control)).toList();

        CatalogueRules rules = new CatalogueRules(now);
        List<Category> categories = bind(singles.get(CatalogueFileKind.CATEGORIES), CategoriesFile.class, problems)
                .map(CategoriesFile::categories).orElse(List.of());
        List<AffiliateProgramme> programmes = bind(singles.get(CatalogueFileKind.PROGRAMMES), ProgrammesFile.class,
                problems).map(ProgrammesFile::programmes).orElse(List.of());
        List<Retailer> retailers = bind(singles.get(CatalogueFileKind.RETAILERS), RetailersFile.class, problems)
                .map(RetailersFile::retailers).orElse(List.of());
        Disclosures disclosures = bind(singles.get(CatalogueFileKind.DISCLOSURES), Disclosures.class, problems)
                .orElse(null);
        Ranking ranking = bind(singles.get(CatalogueFileKind.RANKING), Ranking.class, problems).orElse(null);

        // null when the defining file could not be read: references to it are then not checked, because calling
        // every reference "unknown" would bury the one real mistake under a message per product.
        Set<String> categoryIds = ifPresent(singles, CatalogueFileKind.CATEGORIES,
                doc -> rules.categories(doc, categories), null);
        Set<String> programmeIds = ifPresent(singles, CatalogueFileKind.PROGRAMMES,
                doc -> rules.programmes(doc, programmes), null);
        Map<String, Retailer> retailersById = ifPresent(singles, CatalogueFileKind.RETAILERS,
                doc -> rules.retailers(doc, retailers, programmeIds), null);
        if (disclosures != null) {
            rules.disclosures(singles.get(CatalogueFileKind.DISCLOSURES), disclosures.programmes(), programmeIds,
                    retailersById);
        }

        List<Product> products = new ArrayList<>();
        CatalogueRules.CurrencyAgreement currency = new CatalogueRules.CurrencyAgreement();
        for (ProductRead read : productReads) {
            problems.addAll(read.problems());
            if (read.sha256() != null) {
                hashes.put(read.file(), read.sha256());
            }
            if (read.site() == null) {
                continue; // unreadable: its problems say why, and no rule can point into it
            }
            rules.productId(read.site(), read.rawId());
            if (read.product() != null) {
                rules.product(read.site(), idFromFileName(read.file()), read.product(), categoryIds, retailersById,
                        currency, read.unbackedClaims());
                if (read.problems().isEmpty()) {
                    products.add(read.product());
                }
            }
        }
        problems.addAll(rules.problems());
        if (problems.isEmpty() && products.stream().noneMatch(Product::active)) {
            problems.add(CatalogueProblem.wholeFile(CatalogueFileKind.PRODUCTS_FOLDER,
                    "no active product; add at least one products/<id>.yaml"));
        }
        if (!problems.isEmpty()) {
            return new LoadResult.Invalid(problems);
        }
        products.sort(Comparator.comparing(Product::id));
        Catalogue catalogue = new Catalogue(categories, retailers, programmes, disclosures, products,
                ranking);
        return new LoadResult.Loaded(catalogue, hashes, contentHash(hashes));
    }

    /** One file read, parsed and schema-checked; pure, so product files can be read in parallel. */
    private record FileRead(String file, YamlDocument document, List<CatalogueProblem> problems) {
        boolean structurallyValid() {
            return document != null && problems.isEmpty();
        }
    }

    private FileRead read(Path root, String file, CatalogueFileKind kind, LoadControl control) {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            return new FileRead(file, null, List.of(CatalogueProblem.wholeFile(file, "required catalogue file is missing")));
        }
        FileBytes content = FileBytes.read(path, file, limits);
        if (content.problem() != null) {
            return new FileRead(file, null, List.of(content.problem()));
        }
        YamlDocumentReader.Result parsed = parse(file, content.content(), control);
        if (parsed.document() == null) {
            return new FileRead(file, null, parsed.problems());
        }
        return new FileRead(file, parsed.document(), schemaCheck.check(kind, parsed.document()));
    }

    /** Parses within the limits; a stop names the file it interrupted. */
    private YamlDocumentReader.Result parse(String file, byte[] content, LoadControl control) {
        try {
            control.check();
            return YamlDocumentReader.read(file, content, limits, control);
        } catch (LoadStoppedException e) {
            throw e.in(file);
        }
    }

    /**
     * A product file as far as it could be read. {@code site} is null only when the file could not be parsed;
     * {@code product} is null when it could not be bound, and comes with problems when the file is structurally
     * invalid (bound anyway, quietly, so the cross-file rules can still report everything in one round).
     */
    private record ProductRead(String file, String sha256, ProblemSite site, String rawId, Product product,
                               List<CatalogueProblem> problems, List<CatalogueRules.UnbackedClaim> unbackedClaims) {

        ProductRead(String file, List<CatalogueProblem> problems) {
            this(file, null, null, "", null, problems, List.of());
        }
    }

    /** Reads one product file, or takes it from the cache when its bytes are unchanged; pure apart from the cache. */
    private ProductRead readProduct(Path root, String file, LoadControl control) {
        control.check();
        FileBytes bytes = FileBytes.read(root.resolve(file), file, limits);
        if (bytes.problem() != null) {
            return new ProductRead(file, List.of(bytes.problem()));
        }
        byte[] content = bytes.content();
        String sha256 = YamlDocumentReader.sha256(content);
        Optional<ProductFileCache.Entry> cached = cache.get(file, sha256);
        if (cached.isPresent()) {
            Product product = cached.get().product();
            return new ProductRead(file, sha256, new ReparsedOnDemand(root, file, limits), product.id(), product,
                    List.of(), cached.get().unbackedClaims());
        }
        YamlDocumentReader.Result parsed = parse(file, content, control);
        YamlDocument doc = parsed.document();
        if (doc == null) {
            return new ProductRead(file, parsed.problems());
        }
        String rawId = doc.root().path("id").asText("");
        List<CatalogueProblem> problems = new ArrayList<>(schemaCheck.check(CatalogueFileKind.PRODUCT, doc));
        if (!problems.isEmpty()) {
            Product quietly = bindQuietly(doc, Product.class).orElse(null);
            return new ProductRead(file, sha256, doc, rawId, quietly, problems, unbackedClaims(quietly));
        }
        Optional<Product> product = bind(doc, Product.class, problems);
        // The claims check runs here, on the parallel readers, rather than with the cross-file rules on one thread.
        List<CatalogueRules.UnbackedClaim> claims = unbackedClaims(product.orElse(null));
        product.ifPresent(p -> cache.put(file, sha256, p, claims));
        return new ProductRead(file, sha256, doc, rawId, product.orElse(null), problems, claims);
    }

    private static List<CatalogueRules.UnbackedClaim> unbackedClaims(Product product) {
        return product == null ? List.of() : CatalogueRules.unbackedClaims(product);
    }

    /**
     * Takes in the products of an earlier recorded version, read from files with these hashes, so a restart parses
     * only files changed since. Call only with products recorded under this build's {@link LoaderFingerprint}.
     */
    public void remember(Map<String, String> fileHashes, List<Product> products) {
        cache.remember(fileHashes, products);
    }

    /** Collects a file's problems and hash; returns its document if it could be parsed at all. */
    private static Optional<YamlDocument> absorb(FileRead read, List<CatalogueProblem> problems,
                                                 Map<String, String> hashes, Set<String> structurallyInvalid) {
        problems.addAll(read.problems());
        if (read.document() == null) {
            return Optional.empty();
        }
        hashes.put(read.file(), read.document().sha256());
        if (!read.structurallyValid()) {
            structurallyInvalid.add(read.file());
        }
        return Optional.of(read.document());
    }

    private <T> Optional<T> bind(YamlDocument doc, Class<T> type, List<CatalogueProblem> problems) {
        if (doc == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(doc.root(), type));
        } catch (IOException | IllegalArgumentException e) {
            // The schema should have caught this; report rather than fail so one file can't hide the others.
            problems.add(CatalogueProblem.wholeFile(doc.file(), "cannot be read as " + type.getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse("")));
            return Optional.empty();
        }
    }

    private <T> Optional<T> bindQuietly(YamlDocument doc, Class<T> type) {
        try {
            return Optional.of(mapper.treeToValue(doc.root(), type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static <R> R ifPresent(Map<CatalogueFileKind, YamlDocument> docs, CatalogueFileKind kind,
                                   Function<YamlDocument, R> check, R otherwise) {
        YamlDocument doc = docs.get(kind);
        return doc == null ? otherwise : check.apply(doc);
    }

    private static String idFromFileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - YAML.length());
    }

    private static String contentHash(Map<String, String> fileHashes) {
        StringBuilder all = new StringBuilder();
        fileHashes.forEach((file, hash) -> all.append(file).append('\0').append(hash).append('\n'));
        return YamlDocumentReader.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

}
