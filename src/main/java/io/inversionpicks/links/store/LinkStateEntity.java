package io.inversionpicks.links.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** The latest link health of one offer (table {@code link_state}, see V8__link_health.sql). */
@Entity
@Table(name = "link_state")
public class LinkStateEntity extends PanacheEntityBase {

    @EmbeddedId
    public OfferKeyColumns key;

    @Column(nullable = false, length = 1000)
    public String url;

    @Column(nullable = false, length = 32)
    public String status;

    @Column(nullable = false)
    public Instant since;

    @Column(nullable = false)
    public int failures;

    @Column(nullable = false)
    public boolean hidden;

    @Column(nullable = false, length = 32)
    public String verdict;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "final_url", length = 2000)
    public String finalUrl;

    @Column(length = 500)
    public String detail;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;
}
