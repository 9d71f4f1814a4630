package io.inversionpicks.catalog.store;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;

import java.util.Optional;

/** The id and content hash of a version, read without its large JSON columns. */
record VersionHead(@ProjectedFieldName("id") Long id, @ProjectedFieldName("contentHash") String contentHash) {

    static Optional<VersionHead> latest() {
        return CatalogueVersionEntity.find("order by id desc").project(VersionHead.class).firstResultOptional();
    }
}
