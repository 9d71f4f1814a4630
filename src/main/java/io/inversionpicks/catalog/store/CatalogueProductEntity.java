package io.inversionpicks.catalog.store;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** One product of a published version, as JSON, with the columns an analyst would query. */
@Entity
@Table(name = "catalogue_product")
public class CatalogueProductEntity extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    public CatalogueVersionEntity version;

    @Column(name = "product_id", nullable = false, length = 80)
    public String productId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 80)
    public String category;

    @Column(name = "product_json", nullable = false)
    public String productJson;

    public static List<CatalogueProductEntity> ofVersion(long versionId) {
        return list("version.id = ?1 order by productId", versionId);
    }
}
