package io.inversionpicks.catalog.store;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

import java.util.Optional;

/** The id, content hash and completeness of a version, read without its large JSON columns. */
record VersionHead(@ProjectedFieldName("id") Long id, @ProjectedFieldName("contentHash") String contentHash,
                   @ProjectedFieldName("contentsStored") boolean contentsStored) {

    static Optional<VersionHead> latest() {
        return CatalogueVersionEntity.find("order by id desc").project(VersionHead.class).firstResultOptional();
    }
}
