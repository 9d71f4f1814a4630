package io.inversionpicks.links.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One check of one offer's link (table {@code link_check}). */
@Entity
@Table(name = "link_check")
public class LinkCheckEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "product_id", nullable = false, length = 80)
    public String productId;

    @Column(nullable = false, length = 80)
    public String retailer;

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
