package io.inversionpicks.catalog.load;

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
}
