package io.inversionpicks.catalog.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.VersionInfo;
import io.inversionpicks.catalog.load.LoadResult;
import io.inversionpicks.catalog.model.Catalogue;
import io.inversionpicks.catalog.model.Product;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Records every published catalogue version, so editors can see what changed and a restart with broken files can
 * still serve the last good catalogue.
 */
@ApplicationScoped
public class CatalogueStore {

    /** A stored version and its catalogue, as read back after a restart. */
    public record Stored(VersionInfo version, Catalogue catalogue) {
    }

    static final int RECORD_TIMEOUT_SECONDS = 600;

    private final ObjectMapper mapper;

    public CatalogueStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Records a loaded catalogue as a new version, unless it is identical to the latest one. A large catalogue on a
     * slow disk can take longer than the default 60 s transaction timeout; the timeout would interrupt the thread
     * inside H2's file I/O, which closes an H2 file database for the whole process. Hence the long timeout.
     */
    @Transactional
    @TransactionConfiguration(timeout = RECORD_TIMEOUT_SECONDS)
    public VersionInfo record(LoadResult.Loaded loaded, Instant now, int keepVersions) {
        Optional<CatalogueVersionEntity> latest = CatalogueVersionEntity.latest();
        if (latest.isPresent() && latest.get().contentHash.equals(loaded.contentHash())) {
            return info(latest.get(), "files");
        }
        Map<String, String> previousFiles = latest.map(v -> readMap(v.fileHashes)).orElse(Map.of());
        CatalogueVersionEntity version = new CatalogueVersionEntity();
        version.contentHash = loaded.contentHash();
        version.publishedAt = now;
        version.productCount = (int) loaded.catalogue().products().stream().filter(Product::active).count();
        version.fileHashes = write(loaded.fileHashes());
        version.changedFiles = write(changedFiles(previousFiles, loaded.fileHashes()));
        version.catalogueJson = write(withoutProducts(loaded.catalogue()));
        version.persist();
        for (Product product : loaded.catalogue().products()) {
            CatalogueProductEntity row = new CatalogueProductEntity();
            row.version = version;
            row.productId = product.id();
            row.name = product.name();
            row.category = product.category();
            row.productJson = write(product);
            row.persist();
        }
        pruneProducts(keepVersions);
        return info(version, "files");
    }

    /** The latest recorded version with its full catalogue, if any version was ever published. */
    @Transactional
    public Optional<Stored> latest() {
        return CatalogueVersionEntity.latest().map(version -> {
            Catalogue settings = read(version.catalogueJson, Catalogue.class);
            List<Product> products = CatalogueProductEntity.ofVersion(version.id).stream()
                    .map(row -> read(row.productJson, Product.class)).toList();
            Catalogue catalogue = new Catalogue(settings.categories(), settings.retailers(), settings.programmes(),
                    settings.disclosures(), products, settings.ranking());
            return new Stored(info(version, "database"), catalogue);
        });
    }

    /** The most recently published versions, newest first: what editors changed, and when. */
    @Transactional
    public List<VersionInfo> history(int limit) {
        return CatalogueVersionEntity.<CatalogueVersionEntity>find("order by id desc").page(0, limit).list().stream()
                .map(version -> info(version, "database")).toList();
    }

    private static void pruneProducts(int keepVersions) {
        List<Long> keep = CatalogueVersionEntity.find("select id from CatalogueVersionEntity order by id desc")
                .project(Long.class).page(0, Math.max(1, keepVersions)).list();
        if (!keep.isEmpty()) {
            CatalogueProductEntity.delete("version.id not in ?1", keep);
        }
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
        return new VersionInfo(version.id, version.contentHash.substring(0, 12), version.contentHash,
                version.publishedAt, version.productCount, List.copyOf(readMap(version.fileHashes).keySet()),
                read(version.changedFiles, new TypeReference<List<String>>() {
                }), source);
    }

    private static Catalogue withoutProducts(Catalogue catalogue) {
        return new Catalogue(catalogue.categories(), catalogue.retailers(), catalogue.programmes(),
                catalogue.disclosures(), List.of(), catalogue.ranking());
    }

    private Map<String, String> readMap(String json) {
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
