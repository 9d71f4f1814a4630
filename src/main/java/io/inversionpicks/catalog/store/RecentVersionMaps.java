package io.inversionpicks.catalog.store;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The file hashes and product keys of recent versions, as recorded. A version row never changes once written (only
 * its product keys are dropped when it leaves the kept window), so what this instance recorded or read once stays
 * true; versions recorded by another instance sharing the database are read on first use. For a large catalogue
 * these are megabytes of JSON per version, which a reload would otherwise read and parse again each time.
 */
final class RecentVersionMaps {

    private final Map<Long, Set<String>> productKeys = new ConcurrentHashMap<>();
    /** Only the newest version's: the next one is compared with it to tell editors which files changed. */
    private volatile Map.Entry<Long, Map<String, String>> fileHashes;

    Set<String> productKeys(long versionId, Supplier<Set<String>> read) {
        return productKeys.computeIfAbsent(versionId, id -> read.get());
    }

    Map<String, String> fileHashes(long versionId, Supplier<Map<String, String>> read) {
        Map.Entry<Long, Map<String, String>> known = fileHashes;
        if (known != null && known.getKey() == versionId) {
            return known.getValue();
        }
        Map<String, String> loaded = Map.copyOf(read.get());
        fileHashes = Map.entry(versionId, loaded);
        return loaded;
    }

    void recorded(long versionId, Map<String, String> files, Set<String> keys) {
        productKeys.put(versionId, keys);
        fileHashes = Map.entry(versionId, Map.copyOf(files));
    }

    void forget(Collection<Long> versionIds) {
        productKeys.keySet().removeAll(versionIds);
    }
}
