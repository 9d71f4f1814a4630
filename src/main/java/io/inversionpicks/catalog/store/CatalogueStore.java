package io.inversionpicks.catalog.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.load.CatalogueFileKind;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.load.LoaderFingerprint;
import io.inversionpicks.catalog.load.YamlDocumentReader;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Product;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Records every published catalogue version, so editors can see what changed and a restart with broken files can
 * still serve the last good catalogue.
 */
@ApplicationScoped
public class CatalogueStore {

    /**
     * A stored version and its catalogue, as read back after a restart.
     *
     * @param fileHashes         the SHA-256 of each file it was read from, by relative path
     * @param loaderFingerprint  how those files were read; see {@link LoaderFingerprint}
     */
    public record Stored(VersionInfo version, Catalogue catalogue, Map<String, String> fileHashes,
                         String loaderFingerprint) {

        /** Whether its products are exactly what this build would read from files with the same hashes. */
        public boolean readByThisBuild() {
            return LoaderFingerprint.value().equals(loaderFingerprint);
        }
    }

    static final int RECORD_TIMEOUT_SECONDS = 600;
    private static final Logger LOG = Logger.getLogger(CatalogueStore.class);

    private final ObjectMapper mapper;
    private final ProductSnapshot snapshot;
    private final RecentVersionMaps recentMaps = new RecentVersionMaps();

    public CatalogueStore(ObjectMapper mapper) {
        this.mapper = mapper;
        this.snapshot = new ProductSnapshot(mapper);
    }

    /**
     * A recorded version, and the products whose rows it still lacks: the contents it is the first to use, or, for a
     * version whose rows were never written, all of them. {@link #storeContents} writes them.
     */
    public record Recorded(VersionInfo version, Map<String, Product> contentsToStore) {
        public Recorded {
            contentsToStore = Map.copyOf(contentsToStore);
        }
    }

    /** Records a version and writes its product rows, in one transaction; see {@link #recordVersion}. */
    @Transactional
    @TransactionConfiguration(timeout = RECORD_TIMEOUT_SECONDS)
    public VersionInfo record(LoadResult.Loaded loaded, Instant now, int keepVersions) {
        Recorded recorded = versionOf(loaded, now, keepVersions);
        contentsOf(recorded);
        return recorded.version();
    }

    /**
     * Records a loaded catalogue as a new version, unless it is identical to the latest one, without the rows of
     * products it is the first to use: the version row and its snapshot, which holds every product, are all a restart
     * needs, so the caller may publish the version before writing those rows with {@link #storeContents}. Unchanged
     * products are shared with earlier versions by content key. The long timeout covers a first start with a very
     * large catalogue on a slow disk: a timeout would interrupt the thread inside H2's file I/O, which closes an H2
     * file database for the whole process.
     */
    @Transactional
    @TransactionConfiguration(timeout = RECORD_TIMEOUT_SECONDS)
    public Recorded recordVersion(LoadResult.Loaded loaded, Instant now, int keepVersions) {
        return versionOf(loaded, now, keepVersions);
    }

    /** Not intercepted, so that {@link #record} can call it in its own transaction. */
    private Recorded versionOf(LoadResult.Loaded loaded, Instant now, int keepVersions) {
        Optional<VersionHead> latest = VersionHead.latest();
        if (latest.isPresent() && latest.get().contentHash().equals(loaded.contentHash())) {
            // A version recorded before snapshots existed gets one now, so the next restart reads it fast.
            if (ProductSnapshotEntity.findById(latest.get().id()) == null) {
                writeSnapshot(latest.get().id(), loaded.catalogue().products());
            }
            VersionInfo same = info(CatalogueVersionEntity.findById(latest.get().id()), "files");
            // A process stopped before writing the version's rows: they are written now, if this build's keys are
            // the version's (the content hash covers the files, not how they were read).
            boolean repairable = !latest.get().contentsStored()
                    && LoaderFingerprint.value().equals(latest.get().loaderFingerprint());
            return new Recorded(same, repairable ? unstored(byContentKey(loaded, Map.of()).added()) : Map.of());
        }
        Map<String, String> previousFiles = latest.map(head -> fileHashesOf(head.id())).orElse(Map.of());
        // Keys of a version whose rows were never written prove nothing stored: each is looked up instead.
        Set<String> previousKeys = latest.filter(VersionHead::contentsStored).map(head -> productKeysOf(head.id()))
                .orElse(Set.of());
        // Unchanged products keep the very key strings of the previous version: recent versions' keys stay in memory
        // (RecentVersionMaps), and for a large catalogue one copy per version would add up.
        Map<String, String> previous = new HashMap<>();
        previousKeys.forEach(key -> previous.put(key, key));
        ContentKeys contents = byContentKey(loaded, previous);
        Map<String, Product> added = unstored(contents.added());

        List<String> changed = changedFiles(previousFiles, loaded.fileHashes());
        CatalogueVersionEntity version = new CatalogueVersionEntity();
        version.contentHash = loaded.contentHash();
        version.publishedAt = now;
        version.productCount = (int) loaded.catalogue().products().stream().filter(Product::active).count();
        version.fileHashes = write(loaded.fileHashes());
        version.changedFiles = write(changed);
        version.catalogueJson = write(withoutProducts(loaded.catalogue()));
        version.productKeys = write(contents.keys());
        version.contentsStored = added.isEmpty();
        version.loaderFingerprint = LoaderFingerprint.value();
        version.persist();
        writeSnapshot(version.id, loaded.catalogue().products());
        recentMaps.recorded(version.id, loaded.fileHashes(), Set.copyOf(contents.keys().values()));
        pruneProducts(Math.max(1, keepVersions));
        return new Recorded(info(version, new TreeMap<>(loaded.fileHashes()).keySet(), changed, "files"), added);
    }

    /**
     * Writes the rows a recorded version still lacks, then marks its contents stored. The JSON is written on every
     * core, and the rows go in as JDBC batches, not as entities: on a first start of 10,000 products Hibernate's
     * persist-and-flush cost a second more, with a long tail of JIT work behind it. Another instance writing the same
     * new product at the same moment shows up here as a key violation, which the caller answers by trying again (the
     * product is then found stored). In key order, so that two such instances meet at their first common key instead
     * of each holding a key the other waits for.
     */
    @Transactional
    @TransactionConfiguration(timeout = RECORD_TIMEOUT_SECONDS)
    public void storeContents(Recorded recorded) {
        contentsOf(recorded);
    }

    private void contentsOf(Recorded recorded) {
        if (recorded.contentsToStore().isEmpty()) {
            return;
        }
        Map<String, Product> missing = unstored(recorded.contentsToStore());
        ProductContentEntity.insert(new TreeMap<>(missing).entrySet().parallelStream()
                .map(entry -> new ProductContentEntity.Row(entry.getKey(), entry.getValue().id(),
                        entry.getValue().name(), entry.getValue().category(), write(entry.getValue()))).toList());
        CatalogueVersionEntity.update("contentsStored = true where id = ?1", recorded.version().id());
    }

    /** Each product's content key, and the products whose key the previous version did not use. */
    private record ContentKeys(Map<String, String> keys, Map<String, Product> added) {
    }

    private static ContentKeys byContentKey(LoadResult.Loaded loaded, Map<String, String> previous) {
        Map<String, String> keys = new TreeMap<>();
        Map<String, Product> added = new HashMap<>();
        for (Product product : loaded.catalogue().products()) {
            String computed = contentKey(loaded.fileHashes().get(productFile(product)));
            String unchanged = previous.get(computed);
            keys.put(product.id(), unchanged != null ? unchanged : computed);
            if (unchanged == null) {
                added.put(computed, product);
            }
        }
        return new ContentKeys(keys, added);
    }

    /** Those not stored yet (a product reverted to an earlier content is not stored twice). */
    private static Map<String, Product> unstored(Map<String, Product> contents) {
        Map<String, Product> unstored = new HashMap<>(contents);
        if (ProductContentEntity.anyStored()) { // on a first start, 10 queries of 1,000 keys each find nothing
            ProductContentEntity.existing(unstored.keySet()).forEach(unstored::remove);
        }
        return unstored;
    }

    /** The latest recorded version with its full catalogue, if one was published whose products are still stored. */
    @Transactional
    public Optional<Stored> latest() {
        return CatalogueVersionEntity.latest().filter(version -> version.productKeys != null).flatMap(version -> {
            try {
                Catalogue settings = read(version.catalogueJson, Catalogue.class);
                Map<String, String> keys = readMap(version.productKeys);
                List<Product> products = fromSnapshot(version.id, keys.keySet())
                        .orElseGet(() -> fromContentRows(keys.values()));
                Catalogue catalogue = new Catalogue(settings.categories(), settings.retailers(), settings.programmes(),
                        settings.disclosures(), products, settings.ranking());
                return Optional.of(new Stored(info(version, "database"), catalogue, readMap(version.fileHashes),
                        version.loaderFingerprint));
            } catch (RuntimeException unreadable) {
                // The files are the truth: without a readable stored version, they are read and checked in full.
                LOG.warnf(unreadable, "Stored catalogue version %d is unreadable; reading every file instead",
                        version.id);
                return Optional.empty();
            }
        });
    }

    /**
     * The version's products from its snapshot, if it has one that holds exactly its products; empty otherwise, and
     * the per-product rows are read instead.
     */
    private Optional<List<Product>> fromSnapshot(long versionId, Set<String> productIds) {
        ProductSnapshotEntity row = ProductSnapshotEntity.findById(versionId);
        if (row == null) {
            return Optional.empty();
        }
        try {
            List<Product> products = snapshot.read(row.products);
            Set<String> ids = new HashSet<>();
            products.forEach(product -> ids.add(product.id()));
            if (ids.size() != products.size() || !ids.equals(productIds)) {
                LOG.warnf("The product snapshot of catalogue version %d does not match its product list; reading "
                        + "its products one by one", versionId);
                return Optional.empty();
            }
            return Optional.of(products.stream().sorted(Comparator.comparing(Product::id)).toList());
        } catch (IOException | RuntimeException unreadable) {
            LOG.warnf("The product snapshot of catalogue version %d is unreadable (%s); reading its products one by "
                    + "one", versionId, unreadable.toString());
            return Optional.empty();
        }
    }

    /** Every row, or none: a version whose rows were never all written must not be taken for a smaller catalogue. */
    private List<Product> fromContentRows(Collection<String> keys) {
        Set<String> distinct = Set.copyOf(keys);
        List<String> rows = ProductContentEntity.jsonWithKeys(distinct);
        if (rows.size() != distinct.size()) {
            throw new IllegalStateException("only " + rows.size() + " of " + keys.size() + " product rows are stored");
        }
        return rows.parallelStream()
                .map(json -> read(json, Product.class))
                .sorted(Comparator.comparing(Product::id)).toList();
    }

    /** Only the newest version keeps a snapshot: a restart serves the latest version, never an older one. */
    private void writeSnapshot(long versionId, List<Product> products) {
        ProductSnapshotEntity.delete("versionId <> ?1", versionId);
        ProductSnapshotEntity row = new ProductSnapshotEntity();
        row.versionId = versionId;
        row.products = snapshot.write(products);
        row.persist();
    }

    /** The most recently published versions, newest first: what editors changed, and when. */
    @Transactional
    public List<VersionInfo> history(int limit) {
        return CatalogueVersionEntity.<CatalogueVersionEntity>find("order by id desc").page(0, limit).list().stream()
                .map(version -> info(version, "database")).toList();
    }

    /**
     * Versions older than the newest {@code keep} lose their product list (their history stays). Contents they used
     * are deleted unless a kept version still uses them: normally only the old states of the few products edited
     * since. The kept versions' keys come from {@link RecentVersionMaps}, so this costs set arithmetic, not reading
     * megabytes of JSON per reload.
     */
    private void pruneProducts(int keep) {
        List<Long> kept = CatalogueVersionEntity.find("select id from CatalogueVersionEntity order by id desc")
                .project(Long.class).page(0, keep).list();
        List<Long> dropped = CatalogueVersionEntity.find(
                        "select id from CatalogueVersionEntity where id < ?1 and productKeys is not null",
                        kept.get(kept.size() - 1)).project(Long.class).list();
        if (dropped.isEmpty()) {
            return;
        }
        Set<String> stillUsed = new HashSet<>();
        kept.forEach(id -> stillUsed.addAll(productKeysOf(id)));
        Set<String> unused = new HashSet<>();
        dropped.forEach(id -> productKeysOf(id).stream().filter(key -> !stillUsed.contains(key)).forEach(unused::add));
        CatalogueVersionEntity.update("productKeys = null where id in ?1", dropped);
        // One key at a time: H2 answers a DELETE with an IN list by scanning the whole table.
        unused.forEach(key -> ProductContentEntity.delete("contentKey", key));
        recentMaps.forget(dropped);
    }

    private Set<String> productKeysOf(long versionId) {
        return recentMaps.productKeys(versionId, () -> Set.copyOf(readMap(CatalogueVersionEntity.find(
                "select productKeys from CatalogueVersionEntity where id = ?1", versionId)
                .project(String.class).firstResult()).values()));
    }

    private Map<String, String> fileHashesOf(long versionId) {
        return recentMaps.fileHashes(versionId, () -> readMap(CatalogueVersionEntity.find(
                "select fileHashes from CatalogueVersionEntity where id = ?1", versionId)
                .project(String.class).firstResult()));
    }

    /** The same file read by the same build always gives the same product; see {@link ProductContentEntity}. */
    private static String contentKey(String fileSha256) {
        return YamlDocumentReader.sha256((LoaderFingerprint.value() + ":" + fileSha256).getBytes(StandardCharsets.UTF_8));
    }

    private static String productFile(Product product) {
        return CatalogueFileKind.PRODUCTS_FOLDER + "/" + product.id() + ".yaml";
    }


    static List<String> changedFiles(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String file : all) {
            if (!java.util.Objects.equals(before.get(file), after.get(file))) {
                changed.add(file);
            }
        }
        return changed;
    }

    private VersionInfo info(CatalogueVersionEntity version, String source) {
        return info(version, readMap(version.fileHashes).keySet(), read(version.changedFiles,
                new TypeReference<List<String>>() {
                }), source);
    }

    private static VersionInfo info(CatalogueVersionEntity version, Collection<String> files, List<String> changed,
                                    String source) {
        return new VersionInfo(version.id, version.contentHash.substring(0, 12), version.contentHash,
                version.publishedAt, version.productCount, List.copyOf(files), changed, source);
    }

    private static Catalogue withoutProducts(Catalogue catalogue) {
        return new Catalogue(catalogue.categories(), catalogue.retailers(), catalogue.programmes(),
                catalogue.disclosures(), List.of(), catalogue.ranking());
    }

    private Map<String, String> readMap(String json) {
        if (json == null) {
            return Map.of();
        }
        return read(json, new TypeReference<java.util.TreeMap<String, String>>() {
        });
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored catalogue version is unreadable", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored catalogue version is unreadable", e);
        }
    }
}
