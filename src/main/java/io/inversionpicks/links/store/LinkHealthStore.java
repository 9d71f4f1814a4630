package io.inversionpicks.links.store;

import io.inversionpicks.catalog.RetailerPrices.OfferKey;
import io.inversionpicks.catalog.model.Slugged;
import io.inversionpicks.links.CheckResult;
import io.inversionpicks.links.LinkStatus;
import io.inversionpicks.links.OfferState;
import io.inversionpicks.links.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Link health in the database, shared by every replica: the latest state per offer, the last checks of each, and the
 * rounds (whose newest id replicas compare to know when to show the stored state again).
 */
@ApplicationScoped
public class LinkHealthStore {

    private final EntityManager em;

    public LinkHealthStore(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Map<OfferKey, OfferState> states() {
        Map<OfferKey, OfferState> states = new HashMap<>();
        for (LinkStateEntity row : em.createQuery("select s from LinkStateEntity s", LinkStateEntity.class)
                .getResultList()) {
            CheckResult last = new CheckResult(verdict(row.verdict), row.httpStatus, row.finalUrl, row.detail,
                    row.checkedAt);
            states.put(new OfferKey(row.key.productId, row.key.retailer), new OfferState(row.url,
                    Slugged.fromSlug(LinkStatus.class, row.status).orElse(LinkStatus.UNKNOWN), row.since,
                    row.failures, row.hidden, last));
        }
        return states;
    }

    /** Stores an offer's new state and its check, keeping the newest {@code keep} checks of the offer. */
    @Transactional
    public void record(OfferKey offer, OfferState state, int keep) {
        OfferKeyColumns key = new OfferKeyColumns(offer.productId(), offer.retailer());
        LinkStateEntity found = em.find(LinkStateEntity.class, key);
        LinkStateEntity row = found != null ? found : new LinkStateEntity();
        row.key = key;
        CheckResult check = state.last();
        row.url = shorten(state.url(), 1000);
        row.status = state.status().slug();
        row.since = state.since();
        row.failures = state.failures();
        row.hidden = state.hidden();
        row.verdict = check.verdict().slug();
        row.httpStatus = check.httpStatus();
        row.finalUrl = shorten(check.finalUrl(), 2000);
        row.detail = shorten(check.detail(), 500);
        row.checkedAt = check.checkedAt();
        if (found == null) {
            em.persist(row);
        }
        LinkCheckEntity history = new LinkCheckEntity();
        history.productId = offer.productId();
        history.retailer = offer.retailer();
        history.verdict = row.verdict;
        history.httpStatus = row.httpStatus;
        history.finalUrl = row.finalUrl;
        history.detail = row.detail;
        history.checkedAt = row.checkedAt;
        em.persist(history);
        em.flush();
        List<Long> older = em.createQuery("select c.id from LinkCheckEntity c where c.productId = :product "
                        + "and c.retailer = :retailer order by c.id desc", Long.class)
                .setParameter("product", offer.productId()).setParameter("retailer", offer.retailer())
                .setFirstResult(keep).getResultList();
        if (!older.isEmpty()) {
            em.createQuery("delete from LinkCheckEntity c where c.id in :ids").setParameter("ids", older)
                    .executeUpdate();
        }
    }

    /** An offer's last checks, newest first. */
    @Transactional
    public List<CheckResult> history(OfferKey offer, int limit) {
        return em.createQuery("select c from LinkCheckEntity c where c.productId = :product and c.retailer = :retailer "
                        + "order by c.id desc", LinkCheckEntity.class)
                .setParameter("product", offer.productId()).setParameter("retailer", offer.retailer())
                .setMaxResults(limit).getResultList().stream().map(c -> new CheckResult(verdict(c.verdict),
                        c.httpStatus, c.finalUrl, c.detail, c.checkedAt)).toList();
    }

    /** Forgets the offers the catalogue no longer has. */
    @Transactional
    public int retainOnly(Set<OfferKey> offers) {
        int deleted = 0;
        for (LinkStateEntity row : em.createQuery("select s from LinkStateEntity s", LinkStateEntity.class)
                .getResultList()) {
            OfferKey key = new OfferKey(row.key.productId, row.key.retailer);
            if (!offers.contains(key)) {
                em.remove(row);
                em.createQuery("delete from LinkCheckEntity c where c.productId = :product and c.retailer = :retailer")
                        .setParameter("product", key.productId()).setParameter("retailer", key.retailer())
                        .executeUpdate();
                deleted++;
            }
        }
        return deleted;
    }

    /** Forgets everything (tests). */
    @Transactional
    public void clear() {
        em.createQuery("delete from LinkCheckEntity").executeUpdate();
        em.createQuery("delete from LinkStateEntity").executeUpdate();
    }

    @Transactional
    public long recordRun(String instance, Instant startedAt, Instant finishedAt, int checked) {
        LinkRunEntity run = new LinkRunEntity();
        run.instance = instance;
        run.startedAt = startedAt;
        run.finishedAt = finishedAt;
        run.checked = checked;
        em.persist(run);
        em.flush();
        em.createQuery("delete from LinkRunEntity r where r.id <= :oldest").setParameter("oldest", run.id - 50)
                .executeUpdate();
        return run.id;
    }

    /** The newest round's id, 0 when there was none. */
    @Transactional
    public long latestRunId() {
        Long latest = em.createQuery("select max(r.id) from LinkRunEntity r", Long.class).getSingleResult();
        return latest == null ? 0 : latest;
    }

    @Transactional
    public Instant lastRunFinished() {
        return em.createQuery("select r.finishedAt from LinkRunEntity r order by r.id desc", Instant.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private static Verdict verdict(String slug) {
        return Slugged.fromSlug(Verdict.class, slug).orElse(Verdict.UNKNOWN);
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
