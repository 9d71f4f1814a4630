package io.inversionpicks.catalog.load;

import io.inversionpicks.catalog.model.Product;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Product files that were read, parsed, schema-checked and bound before, by path and SHA-256 of their bytes. A
 * reload of a large catalogue after a one-file edit then parses one file instead of all of them; the cross-file rules
 * still run over every product, so a change to retailers.yaml or categories.yaml is still checked against them all.
 * Only files that passed every per-file check are kept, so a hit never hides a problem. The claims check depends on
 * the product alone, so its outcome is kept too: on a large catalogue it costs more than everything else a reload
 * does with an unchanged file.
 */
final class ProductFileCache {

    /** A product as read from a file, with the claims its text makes without a source backing them. */
    record Entry(String sha256, Product product, List<CatalogueRules.UnbackedClaim> unbackedClaims) {
    }

    private final Map<String, Entry> byFile = new ConcurrentHashMap<>();

    Optional<Entry> get(String file, String sha256) {
        Entry entry = byFile.get(file);
        return entry != null && entry.sha256().equals(sha256) ? Optional.of(entry) : Optional.empty();
    }

    void put(String file, String sha256, Product product, List<CatalogueRules.UnbackedClaim> unbackedClaims) {
        byFile.put(file, new Entry(sha256, product, unbackedClaims));
    }

    /** Forgets files that are gone, so the cache never outgrows the folder. */
    void retainOnly(Collection<String> files) {
        byFile.keySet().retainAll(new java.util.HashSet<>(files));
    }

    /**
     * Takes in products of a version recorded earlier (by this or another instance), with the hashes of the files
     * they were read from; a restart then only parses files changed since. A recorded version passed every check,
     * so its products make no unbacked claim (under the same {@link LoaderFingerprint}, which covers the check).
     */
    void remember(Map<String, String> fileHashes, List<Product> products) {
        for (Product product : products) {
            String file = CatalogueFileKind.PRODUCTS_FOLDER + "/" + product.id() + ".yaml";
            String sha = fileHashes.get(file);
            if (sha != null) {
                put(file, sha, product, List.of());
            }
        }
    }

    int size() {
        return byFile.size();
    }
}
