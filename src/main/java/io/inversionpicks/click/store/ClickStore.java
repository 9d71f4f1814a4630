package io.inversionpicks.click.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Writes clicks (one short transaction each) and answers the counting queries of the statistics. */
@ApplicationScoped
public class ClickStore {

    /** A group and its number of clicks. */
    @Schema(name = "ClickCount")
    public record Count(
            @Schema(description = "The day (yyyy-mm-dd), product id, retailer id, placement or post URL; null for "
                    + "clicks without a known post", example = "teeter-fitspine-x3") String key,
            @Schema(example = "42") long clicks) {
    }

    private final EntityManager em;

    public ClickStore(EntityManager em) {
        this.em = em;
    }

    /** Returns once the click is committed, which is what lets the caller send the redirect. */
    @Transactional
    public void record(ClickRecord click) {
        em.persist(ClickEntity.of(click));
    }

    /** One transaction for a batch of clicks: one commit, inserts sent as JDBC batches. */
    @Transactional
    public void recordAll(List<ClickRecord> clicks) {
        clicks.forEach(click -> em.persist(ClickEntity.of(click)));
    }

    /** Clicks per group over days {@code from} to {@code to} (inclusive), most clicks first (days in order). */
    @Transactional
    public List<Count> count(Grouping by, LocalDate from, LocalDate to, boolean includeBots, int limit) {
        String key = "c." + by.attribute;
        String order = by == Grouping.DAY ? key : "count(c) desc, " + key;
        TypedQuery<Object[]> query = em.createQuery("select " + key + ", count(c) from ClickEntity c"
                + where(includeBots) + " group by " + key + " order by " + order, Object[].class);
        return bind(query, from, to).setMaxResults(limit).getResultList().stream()
                .map(row -> new Count(row[0] == null ? null : row[0].toString(), (Long) row[1])).toList();
    }

    @Transactional
    public long total(LocalDate from, LocalDate to, boolean includeBots) {
        return bind(em.createQuery("select count(c) from ClickEntity c" + where(includeBots), Long.class), from, to)
                .getSingleResult();
    }

    /** Deletes every click from before {@code day}; returns how many. */
    @Transactional
    public long purgeBefore(LocalDate day) {
        return em.createQuery("delete from ClickEntity c where c.day < :day").setParameter("day", day)
                .executeUpdate();
    }

    private static String where(boolean includeBots) {
        return " where c.day between :from and :to" + (includeBots ? "" : " and c.bot = false");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, LocalDate from, LocalDate to) {
        return query.setParameter("from", from).setParameter("to", to);
    }
}
