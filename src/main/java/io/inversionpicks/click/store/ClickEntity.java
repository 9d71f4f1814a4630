package io.inversionpicks.click.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A stored click (table {@code click}, see V2__clicks.sql and V4__click_channel.sql). */
@Entity
@Table(name = "click")
public class ClickEntity extends PanacheEntityBase {

    /** Ids come from the sequence 50 at a time, so an insert needs no extra round trip for its id. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "click_seq")
    @SequenceGenerator(name = "click_seq", sequenceName = "click_seq", allocationSize = 50)
    public Long id;

    @Column(name = "clicked_at", nullable = false)
    public Instant clickedAt;

    /** The UTC day of {@link #clickedAt}: statistics group and filter by it without date functions. */
    @Column(name = "click_day", nullable = false)
    public LocalDate day;

    @Column(name = "product_id", nullable = false, length = 80)
    public String productId;

    @Column(nullable = false, length = 80)
    public String retailer;

    @Column(name = "catalogue_version", nullable = false, length = 16)
    public String catalogueVersion;

    @Column(nullable = false, length = 20)
    public String placement;

    @Column(name = "source_post", length = 500)
    public String sourcePost;

    @Column(nullable = false)
    public boolean bot;

    /** redirect, ping or beacon ({@link Channel}); see V4__click_channel.sql. */
    @Column(nullable = false, length = 8)
    public String channel;

    /** The page's id for the click; unique per product and retailer, so a click reported twice is stored once. */
    @Column(name = "click_id", length = 64)
    public String clickId;

    static ClickEntity of(ClickRecord click) {
        ClickEntity row = new ClickEntity();
        row.clickedAt = click.at();
        row.day = LocalDate.ofInstant(click.at(), ZoneOffset.UTC);
        row.productId = click.productId();
        row.retailer = click.retailer();
        row.catalogueVersion = click.catalogueVersion();
        row.placement = click.placement().slug();
        row.sourcePost = click.sourcePost();
        row.bot = click.bot();
        row.channel = click.channel().slug();
        row.clickId = click.clickId();
        return row;
    }
}
