package io.inversionpicks.catalog.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The products of one version in the form {@link ProductSnapshot} writes. Its own table, so that reading version rows
 * (history, the latest version's hashes) never drags megabytes of products along.
 */
@Entity
@Table(name = "catalogue_product_snapshot")
public class ProductSnapshotEntity extends PanacheEntityBase {

    @Id
    @Column(name = "version_id")
    public Long versionId;

    @Column(name = "products", nullable = false)
    public byte[] products;
}
