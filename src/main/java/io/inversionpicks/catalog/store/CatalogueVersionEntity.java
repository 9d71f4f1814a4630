package io.inversionpicks.catalog.store;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A published catalogue version: enough to tell editors what changed, and to serve it again after a restart. */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersionEntity extends PanacheEntity {

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "product_count", nullable = false)
    public int productCount;

    /** JSON object: relative file path to SHA-256. */
    @Column(name = "file_hashes", nullable = false)
    public String fileHashes;

    /** JSON array of files added, changed or removed since the previous version. */
    @Column(name = "changed_files", nullable = false)
    public String changedFiles;

    /** The catalogue without its products (categories, retailers, programmes, disclosures) as JSON. */
    @Column(name = "catalogue_json", nullable = false)
    public String catalogueJson;

    /** JSON object: product id to the key of its {@link ProductContentEntity}; null once pruned. */
    @Column(name = "product_keys")
    public String productKeys;

    /**
     * Whether every row its {@link #productKeys} name is stored; false between a version's record and the write of its
     * new product rows, which may follow its publication (see {@link CatalogueStore#storeContents}).
     */
    @Column(name = "contents_stored", nullable = false)
    public boolean contentsStored = true;

    /** The {@link io.inversionpicks.catalog.load.LoaderFingerprint} of the build that recorded this version. */
    @Column(name = "loader_fingerprint", length = 64)
    public String loaderFingerprint;

    public static Optional<CatalogueVersionEntity> latest() {
        return find("order by id desc").firstResultOptional();
    }
}
