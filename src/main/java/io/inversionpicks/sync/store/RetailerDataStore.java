package io.inversionpicks.sync.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The latest retailer data per offer. Only the latest: a fetch replaces what was there, so no price history is kept
 * (Amazon forbids one), and data past its source's limit is deleted, not merely hidden.
 */
@ApplicationScoped
public class RetailerDataStore {

    private final EntityManager em;

    public RetailerDataStore(EntityManager em) {
        this.em = em;
    }

    /** Stores each offer's data in place of what was stored for it; one transaction. */
    @Transactional
    public void replace(Collection<FetchedOffer> offers) {
        for (FetchedOffer offer : offers) {
            RetailerOfferEntity.Key key = new RetailerOfferEntity.Key(offer.productId(), offer.retailer());
            RetailerOfferEntity row = em.find(RetailerOfferEntity.class, key);
            if (row == null) {
                row = new RetailerOfferEntity();
                row.key = key;
                row.set(offer);
                em.persist(row);
            } else {
                row.set(offer);
            }
        }
    }

    @Transactional
    public List<FetchedOffer> all() {
        return em.createQuery("select r from RetailerOfferEntity r", RetailerOfferEntity.class).getResultList()
                .stream().map(RetailerOfferEntity::toRecord).toList();
    }

    /** Deletes what {@code source} fetched at or before {@code cutoff}; returns how many offers lost their data. */
    @Transactional
    public int deleteFetchedUntil(String source, Instant cutoff) {
        return em.createQuery("delete from RetailerOfferEntity r where r.source = :source and r.fetchedAt <= :cutoff")
                .setParameter("source", source).setParameter("cutoff", cutoff).executeUpdate();
    }

    /** Every source that has data stored, e.g. {@code amazon-api} and {@code feed:walmart}. */
    @Transactional
    public List<String> sources() {
        return em.createQuery("select distinct r.source from RetailerOfferEntity r", String.class).getResultList();
    }

    /** Forgets everything a source fetched, e.g. a feed an operator removed. */
    @Transactional
    public int deleteSource(String source) {
        return em.createQuery("delete from RetailerOfferEntity r where r.source = :source")
                .setParameter("source", source).executeUpdate();
    }
}
