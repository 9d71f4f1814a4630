package io.inversionpicks.catalog.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One distinct product content, shared by every version in which the product's file was the same. The key is derived
 * from the file's hash and the {@link io.inversionpicks.catalog.load.LoaderFingerprint}, so the same file read by a
 * build that reads files differently is stored apart. Name and category are columns for analysts; the JSON is the
 * product itself.
 */
@Entity
@Table(name = "catalogue_product_content")
public class ProductContentEntity extends PanacheEntityBase {

    /** Bounded IN lists: PostgreSQL takes at most 32,767 parameters per statement. */
    private static final int CHUNK = 1000;
    /** Rows per JDBC batch: large enough to save round trips to PostgreSQL, small enough to bound the driver's buffer. */
    private static final int INSERT_BATCH = 500;

    @Id
    @Column(name = "content_key", length = 64)
    public String contentKey;

    @Column(name = "product_id", nullable = false, length = 80)
    public String productId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 80)
    public String category;

    @Column(name = "product_json", nullable = false)
    public String productJson;

    /** One row to insert; see {@link #insert}. */
    public record Row(String contentKey, String productId, String name, String category, String productJson) {
    }

    /**
     * Inserts new rows in JDBC batches on the transaction's connection, bypassing the entity life cycle: nothing
     * reads them back in this transaction as entities. A key stored meanwhile by another instance fails the batch as a
     * {@link jakarta.persistence.PersistenceException} (Hibernate's conversion of the SQL error), as a flush would;
     * unlike a flush's, it does not mark the transaction for rollback, so a caller must not catch it and go on.
     */
    public static void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into catalogue_product_content "
                    + "(content_key, product_id, name, category, product_json) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    Row row = rows.get(i);
                    insert.setString(1, row.contentKey());
                    insert.setString(2, row.productId());
                    insert.setString(3, row.name());
                    insert.setString(4, row.category());
                    insert.setString(5, row.productJson());
                    insert.addBatch();
                    if ((i + 1) % INSERT_BATCH == 0 || i == rows.size() - 1) {
                        insert.executeBatch();
                    }
                }
            }
        });
    }

    /** The product JSON of these keys; a projection, so thousands of rows are not tracked as managed entities. */
    public static List<String> jsonWithKeys(Collection<String> keys) {
        List<String> found = new ArrayList<>(keys.size());
        for (List<String> chunk : chunks(keys)) {
            found.addAll(find("select c.productJson from ProductContentEntity c where c.contentKey in ?1", chunk)
                    .project(String.class).list());
        }
        return found;
    }

    /** Which of these keys are stored already (a product reverted to an earlier content is not stored twice). */
    public static List<String> existing(Collection<String> keys) {
        List<String> found = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
            found.addAll(find("select c.contentKey from ProductContentEntity c where c.contentKey in ?1", chunk)
                    .project(String.class).list());
        }
        return found;
    }

    /** Whether any content is stored at all. */
    public static boolean anyStored() {
        return find("select c.contentKey from ProductContentEntity c").project(String.class).firstResultOptional()
                .isPresent();
    }

    private static List<List<String>> chunks(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
