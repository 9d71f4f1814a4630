package io.inversionpicks.catalog.load;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files a catalogue folder holds, each with the JSON Schema that describes it. The schemas are served at
 * {@code /schemas/<name>} so editors get completion and validation in their editor.
 */
public enum CatalogueFileKind {
    CATEGORIES("categories.yaml", "categories.schema.json"),
    RETAILERS("retailers.yaml", "retailers.schema.json"),
    PROGRAMMES("affiliate-programmes.yaml", "affiliate-programmes.schema.json"),
    DISCLOSURES("disclosures.yaml", "disclosures.schema.json"),
    /** Scoring weights and rules of GET /recommendations, tuned by editors. */
    RANKING("ranking.yaml", "ranking.schema.json"),
    PRODUCT("products/<id>.yaml", "product.schema.json");

    /** Folder holding one file per product. */
    public static final String PRODUCTS_FOLDER = "products";
    private static final Set<String> TOP_LEVEL_FILES = Collections.unmodifiableSet(new TreeSet<>(
            Arrays.stream(values()).filter(CatalogueFileKind::singleFile).map(CatalogueFileKind::fileName).toList()));

    private final String fileName;
    private final String schema;

    CatalogueFileKind(String fileName, String schema) {
        this.fileName = fileName;
        this.schema = schema;
    }

    public String fileName() {
        return fileName;
    }

    public String schema() {
        return schema;
    }

    public boolean singleFile() {
        return this != PRODUCT;
    }

    /** The names of the files at the top of a catalogue folder, sorted. */
    public static Set<String> topLevelFiles() {
        return TOP_LEVEL_FILES;
    }
}
