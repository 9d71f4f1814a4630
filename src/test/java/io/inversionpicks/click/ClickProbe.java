package io.inversionpicks.click;

import io.inversionpicks.click.store.ClickEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads stored clicks for assertions; tests tag their requests with a unique post URL to find their own. */
@ApplicationScoped
public class ClickProbe {

    @Transactional
    public List<ClickEntity> byPost(String post) {
        return ClickEntity.list("sourcePost", post);
    }

    @Transactional
    public long count() {
        return ClickEntity.count();
    }

    @Transactional
    public long countWithoutPost() {
        return ClickEntity.count("sourcePost is null");
    }

    /** Clicks with the text in any column that holds text. */
    @Transactional
    public long countContaining(String text) {
        return ClickEntity.count("productId like ?1 or retailer like ?1 or catalogueVersion like ?1 "
                + "or placement like ?1 or sourcePost like ?1 or channel like ?1 or clickId like ?1", "%" + text + "%");
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> columns() {
        // Upper case on both sides: H2 stores names in upper case, PostgreSQL in lower case.
        return ClickEntity.getEntityManager().createNativeQuery("select upper(column_name) from "
                + "information_schema.columns where upper(table_name) = 'CLICK' order by 1").getResultList();
    }
}
