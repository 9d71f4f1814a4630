package io.inversionpicks.click.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Writes clicks (one short transaction each) and answers the counting queries of the statistics. */
@ApplicationScoped
public class ClickStore {

    /** A group and its number of clicks. */
    @Schema(name = "ClickCount")
    public record Count(
            @Schema(description = "The day (yyyy-mm-dd), product id, retailer id, placement, post URL or channel "
                    + "(redirect, ping, beacon); null for clicks without a known post", example = "teeter-fitspine-x3") String key,
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

    /**
     * One transaction for a batch of clicks: one commit, inserts sent as JDBC batches. A click whose id is already
     * stored for its product and retailer, or earlier in the batch, is left out: the ping and the beacon of one click
     * carry the same id. Another instance may store the same id between the check and the commit; the unique index
     * then fails this transaction, and {@code ClickWriter} retries the batch click by click.
     */
    @Transactional
    public void recordAll(List<ClickRecord> clicks) {
        Set<ClickRecord.Key> seen = stored(clicks);
        for (ClickRecord click : clicks) {
            ClickRecord.Key key = click.key();
            if (key == null || seen.add(key)) {
                em.persist(ClickEntity.of(click));
            }
        }
    }

    /** Whether a click with this id is stored for the click's product and retailer. */
    @Transactional
    public boolean isStored(ClickRecord click) {
        return click.key() != null && stored(List.of(click)).contains(click.key());
    }

    private Set<ClickRecord.Key> stored(List<ClickRecord> clicks) {
        List<String> ids = clicks.stream().map(ClickRecord::clickId).filter(Objects::nonNull).distinct().toList();
        Set<ClickRecord.Key> found = new HashSet<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c.clickId, c.productId, c.retailer from ClickEntity c where c.clickId in :ids",
                            Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> found.add(new ClickRecord.Key((String) row[0], (String) row[1], (String) row[2])));
        }
        return found;
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
