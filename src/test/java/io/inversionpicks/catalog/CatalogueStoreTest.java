package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.CatalogueLoader;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.store.CatalogueStore;
import io.inversionpicks.catalog.store.CatalogueVersionEntity;
import io.inversionpicks.catalog.store.ProductContentEntity;
import io.inversionpicks.catalog.store.ProductSnapshotEntity;
import io.inversionpicks.testing.CatalogueFolder;
import io.inversionpicks.testing.Fixtures;
import io.inversionpicks.testing.LiveCatalogueProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT;
import static io.inversionpicks.testing.CatalogueFolder.TEST_PRODUCT_ID;
import static io.inversionpicks.testing.CatalogueFolder.withLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Versions share unchanged products: a reload writes only the products whose files changed, a reverted edit reuses
 * the stored product, and products only old versions used are deleted once those fall out of the kept window.
 */
@QuarkusTest
@TestProfile(LiveCatalogueProfile.class)
class CatalogueStoreTest {

    private static final CatalogueFolder FOLDER = LiveCatalogueProfile.FOLDER;

    @Inject
    CatalogueService catalogue;
    @Inject
    CatalogueStore store;

    @BeforeEach
    void uneditedCatalogue() {
        LiveCatalogueProfile.resetAndReload(catalogue);
    }

    @Test
    void aReloadStoresOnlyTheChangedProductAndARevertReusesTheStoredOne() {
        // Older versions may fall out of the kept window meanwhile, so other products can only get fewer rows.
        long othersBefore = storedContentsOfOtherProducts();
        String original = FOLDER.read(TEST_PRODUCT);

        FOLDER.edit(TEST_PRODUCT, c -> withLine(c, "name", "Stored Once"));
        reloadServesTheEdit();
        assertThat(storedContentsOfOtherProducts() <= othersBefore).isTrue();
        assertThat(storedName()).isEqualTo("Stored Once");

        // The original is still stored for the previous version; storing it again would break its key.
        FOLDER.write(TEST_PRODUCT, original);
        reloadServesTheEdit();
        assertThat(storedName()).isEqualTo("Test Inversion Table");
    }

    /**
     * The watcher reacts to the same edit on its own, and on a busy machine its reload may run first; either way the
     * edit must be what is served now.
     */
    private void reloadServesTheEdit() {
        assertThat(Set.of(ReloadOutcome.PUBLISHED, ReloadOutcome.UNCHANGED).contains(catalogue.reload().outcome()))
                .isTrue();
    }

    @Test
    void productsUsedOnlyByVersionsOutsideTheKeptWindowAreDeleted() {
        // Edited in a folder of its own, which no watcher reloads: versions are recorded here by the test alone.
        CatalogueFolder unwatched = CatalogueFolder.create();
        for (int i = 1; i <= 3; i++) {
            String name = "Pruned " + i;
            unwatched.edit(TEST_PRODUCT, c -> withLine(c, "name", name));
            store.record(load(unwatched), Fixtures.NOW, 2);
        }

        // Two versions kept: their test products, and the 21 shipped product files both share.
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                ProductContentEntity.count("productId", TEST_PRODUCT_ID)))
                .isEqualTo(2);
        assertThat(storedContents()).isEqualTo(23);
        assertThat(storedName()).isEqualTo("Pruned 3");

        store.record(load(FOLDER), Fixtures.NOW, 20); // back in step with the version being served
    }

    @Test
    void theLatestVersionIsReadBackFromItsSnapshotAsItWasParsed() {
        LoadResult.Loaded loaded = withTestProductNamed("Snapshot Round Trip");
        long version = store.record(loaded, Fixtures.NOW, 20).id();

        assertThat(snapshotVersions()).containsExactly(version);
        assertThat(store.latest().orElseThrow().catalogue()).isEqualTo(loaded.catalogue());

        store.record(load(FOLDER), Fixtures.NOW, 20);
    }

    @Test
    void aCorruptSnapshotFallsBackToTheProductRows() {
        LoadResult.Loaded loaded = withTestProductNamed("Snapshot Corrupted");
        long version = store.record(loaded, Fixtures.NOW, 20).id();
        byte[] written = snapshotOf(version);
        overwriteSnapshot(version, "not a snapshot".getBytes());

        assertThat(store.latest().orElseThrow().catalogue().products()).isEqualTo(loaded.catalogue().products());

        // Truncated: a write cut short must not be taken for a smaller catalogue either.
        overwriteSnapshot(version, java.util.Arrays.copyOf(written, written.length / 2));
        assertThat(store.latest().orElseThrow().catalogue().products()).isEqualTo(loaded.catalogue().products());

        store.record(load(FOLDER), Fixtures.NOW, 20);
    }

    /** Unreadable through and through: no stored version, so the start reads and checks every file, and never fails. */
    @Test
    void aVersionWhoseProductsCannotBeReadAtAllCountsAsNoStoredVersion() {
        long version = store.record(withTestProductNamed("Everything Corrupted"), Fixtures.NOW, 20).id();
        overwriteSnapshot(version, new byte[] {1, 2, 3});
        QuarkusTransaction.requiringNew().run(() -> ProductContentEntity.update(
                "productJson = '{not json' where name = ?1", "Everything Corrupted"));

        assertThat(store.latest()).isEmpty();

        store.record(load(FOLDER), Fixtures.NOW, 20);
        assertThat(store.latest()).isPresent();
    }

    /**
     * A first start publishes its version before writing its product rows. A process stopped in between leaves a
     * version that is served from its snapshot, never taken for a smaller catalogue, and whose rows the restart's
     * check of the same files writes.
     */
    @Test
    void aVersionRecordedWithoutItsRowsIsServedFromItsSnapshotAndRecordingItAgainWritesThem() {
        LoadResult.Loaded loaded = withTestProductNamed("Rows Written Later");

        CatalogueStore.Recorded recorded = store.recordVersion(loaded, Fixtures.NOW, 20); // then the process stops
        long version = recorded.version().id();
        assertThat(recorded.contentsToStore().values()).extracting(p -> p.name()).containsExactly("Rows Written Later");
        assertThat(rowsNamed("Rows Written Later")).isZero();
        assertThat(store.latest().orElseThrow().catalogue()).isEqualTo(loaded.catalogue());

        byte[] written = snapshotOf(version);
        overwriteSnapshot(version, "not a snapshot".getBytes());
        assertThat(store.latest()).isEmpty(); // the rows it has would make a catalogue without the test product
        overwriteSnapshot(version, written);

        CatalogueStore.Recorded again = store.recordVersion(loaded, Fixtures.NOW, 20);
        assertThat(again.version().id()).isEqualTo(version);
        assertThat(again.contentsToStore().values()).extracting(p -> p.name()).containsExactly("Rows Written Later");
        store.storeContents(again);
        assertThat(rowsNamed("Rows Written Later")).isEqualTo(1);
        assertThat(store.recordVersion(loaded, Fixtures.NOW, 20).contentsToStore()).isEmpty();

        store.record(load(FOLDER), Fixtures.NOW, 20);
    }

    /**
     * A build that reads files differently computes other keys for the same files: it must not write rows under its
     * keys and call the version, whose keys are another build's, complete.
     */
    @Test
    void anotherBuildLeavesTheRowsAVersionLacksToTheBuildThatReadIt() {
        LoadResult.Loaded loaded = withTestProductNamed("Read By Another Build");
        long version = store.recordVersion(loaded, Fixtures.NOW, 20).version().id();
        QuarkusTransaction.requiringNew().run(() -> CatalogueVersionEntity.update(
                "loaderFingerprint = 'another build' where id = ?1", version));

        assertThat(store.recordVersion(loaded, Fixtures.NOW, 20).contentsToStore()).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                CatalogueVersionEntity.<CatalogueVersionEntity>findById(version).contentsStored)).isFalse();

        store.record(load(FOLDER), Fixtures.NOW, 20);
    }

    /** The rows a version never got are not taken as stored by the next one, which shares its unchanged products. */
    @Test
    void theVersionAfterOneWhoseRowsWereNeverWrittenWritesThemToo() {
        CatalogueFolder unwatched = CatalogueFolder.create();
        unwatched.edit(TEST_PRODUCT, c -> withLine(c, "name", "Never Written"));
        store.recordVersion(load(unwatched), Fixtures.NOW, 20); // then the process stops
        unwatched.write("products/test-table-two.yaml", withLine(withLine(unwatched.read(TEST_PRODUCT), "id",
                "test-table-two"), "name", "Second Table"));

        store.record(load(unwatched), Fixtures.NOW, 20);

        assertThat(rowsNamed("Never Written")).isEqualTo(1);
        assertThat(rowsNamed("Second Table")).isEqualTo(1);
        store.record(load(FOLDER), Fixtures.NOW, 20);
    }

    /**
     * Rows go in as JDBC batches, outside Hibernate's flush: a key another instance stored meanwhile must still fail
     * as a PersistenceException, which the service answers by recording again, and leave the stored row as it was.
     */
    @Test
    void aContentKeyStoredMeanwhileIsAPersistenceExceptionAndTheStoredRowStays() {
        ProductContentEntity.Row mine = new ProductContentEntity.Row("race-test-key", "race-test", "Stored First",
                "tables", "{}");
        ProductContentEntity.Row theirs = new ProductContentEntity.Row("race-test-key", "race-test", "Stored Second",
                "tables", "{}");
        QuarkusTransaction.requiringNew().run(() -> ProductContentEntity.insert(List.of(mine)));
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                    ProductContentEntity.insert(List.of(theirs))))
                    .isInstanceOf(PersistenceException.class);
            assertThat(QuarkusTransaction.requiringNew().call(() -> ProductContentEntity
                    .<ProductContentEntity>findById("race-test-key").name)).isEqualTo("Stored First");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> ProductContentEntity.deleteById("race-test-key"));
        }
    }

    private static List<Long> snapshotVersions() {
        return QuarkusTransaction.requiringNew().call(() -> ProductSnapshotEntity.<ProductSnapshotEntity>listAll()
                .stream().map(row -> row.versionId).toList());
    }

    private static byte[] snapshotOf(long version) {
        return QuarkusTransaction.requiringNew().call(() ->
                ProductSnapshotEntity.<ProductSnapshotEntity>findById(version).products);
    }

    private static void overwriteSnapshot(long version, byte[] bytes) {
        QuarkusTransaction.requiringNew().run(() ->
                ProductSnapshotEntity.<ProductSnapshotEntity>findById(version).products = bytes);
    }

    /** The test catalogue in a folder of its own, which no watcher reloads, with the test product renamed. */
    private static LoadResult.Loaded withTestProductNamed(String name) {
        CatalogueFolder unwatched = CatalogueFolder.create();
        unwatched.edit(TEST_PRODUCT, c -> withLine(c, "name", name));
        return load(unwatched);
    }

    private static LoadResult.Loaded load(CatalogueFolder folder) {
        return (LoadResult.Loaded) new CatalogueLoader().load(folder.root(), Fixtures.NOW);
    }

    private static long storedContents() {
        return QuarkusTransaction.requiringNew().call(() -> ProductContentEntity.count());
    }

    private static long storedContentsOfOtherProducts() {
        return QuarkusTransaction.requiringNew().call(() -> ProductContentEntity.count("productId <> ?1",
                TEST_PRODUCT_ID));
    }

    private static long rowsNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ProductContentEntity.count("name", name));
    }

    private String storedName() {
        return store.latest().orElseThrow().catalogue().products().stream()
                .filter(p -> p.id().equals(TEST_PRODUCT_ID)).findFirst().orElseThrow().name();
    }
}
