package io.inversionpicks.catalog.model;

/** Retired products stay in git history and in the file, but are never served. */
public enum ProductStatus implements Slugged {
    ACTIVE, RETIRED
}
