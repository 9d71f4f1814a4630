package io.inversionpicks.catalog.store;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

import java.util.Optional;

/** The id, content hash, completeness and reading build of a version, read without its large JSON columns. */
record VersionHead(@ProjectedFieldName("id") Long id, @ProjectedFieldName("contentHash") String contentHash,
                   @ProjectedFieldName("contentsStored") boolean contentsStored,
                   @ProjectedFieldName("loaderFingerprint") String loaderFingerprint) {

    static Optional<VersionHead> latest() {
        return CatalogueVersionEntity.find("order by id desc").project(VersionHead.class).firstResultOptional();
    }
}
