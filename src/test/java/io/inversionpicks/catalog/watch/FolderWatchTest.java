package io.inversionpicks.catalog.watch;

import io.inversionpicks.catalog.ReloadTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The watch on its own: which file operations are noticed, in which mode, and that a burst is one callback. */
class FolderWatchTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(150);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration QUIET = Duration.ofMillis(700);

    @TempDir
    Path root;
    private final List<ReloadTrigger> calls = new CopyOnWriteArrayList<>();
    private FolderWatch watch;

    @BeforeEach
    void folder() throws IOException {
        Files.createDirectories(root.resolve("products"));
        Files.writeString(root.resolve("categories.yaml"), "categories: []\n");
        Files.writeString(root.resolve("products/a.yaml"), "id: a\n");
    }

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
    }

    private Set<String> start(WatchMode mode) {
        watch = new FolderWatch(root, List.of("products"), mode, DEBOUNCE, POLL, calls::add);
        return watch.start();
    }

    /** Exactly the expected callbacks, and no more arrive while the folder stays unchanged. */
    private void expectCalls(ReloadTrigger... expected) {
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() >= expected.length);
        await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> calls.size() == expected.length);
        assertThat(calls).isEqualTo(List.of(expected));
    }

    @Test
    void modesUseEventsPollOrBoth() {
        assertThat(start(WatchMode.AUTO)).isEqualTo(Set.of("events", "poll"));
        watch.close();
        assertThat(start(WatchMode.EVENTS)).isEqualTo(Set.of("events"));
        watch.close();
        assertThat(start(WatchMode.POLL)).isEqualTo(Set.of("poll"));
    }

    @Test
    void nothingHappensWhileNothingChanges() {
        start(WatchMode.AUTO);
        expectCalls();
    }

    @Test
    void inPlaceEditIsNoticed() throws IOException {
        start(WatchMode.EVENTS);
        Files.writeString(root.resolve("products/a.yaml"), "id: a\nname: changed\n");
        expectCalls(ReloadTrigger.WATCH);
    }

    @Test
    void aBurstOfSavesIsOneCallback() throws IOException {
        start(WatchMode.EVENTS);
        for (int i = 0; i < 30; i++) {
            Files.writeString(root.resolve("products/a.yaml"), "id: a\nname: save " + i + "\n");
            Files.writeString(root.resolve("categories.yaml"), "categories: [] # " + i + "\n");
        }
        expectCalls(ReloadTrigger.WATCH);
    }

    @Test
    void tempFileAndRenameIsNoticed() throws IOException {
        start(WatchMode.EVENTS);
        Path temp = root.resolve("products/.a.yaml.swp");
        Files.writeString(temp, "id: a\nname: saved by vim\n");
        Files.move(temp, root.resolve("products/a.yaml"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        expectCalls(ReloadTrigger.WATCH);
    }

    @Test
    void newDeletedAndRenamedFilesAreNoticed() throws IOException {
        start(WatchMode.EVENTS);
        Files.writeString(root.resolve("products/b.yaml"), "id: b\n");
        expectCalls(ReloadTrigger.WATCH);
        Files.delete(root.resolve("products/a.yaml"));
        expectCalls(ReloadTrigger.WATCH, ReloadTrigger.WATCH);
        Files.move(root.resolve("products/b.yaml"), root.resolve("products/c.yaml"));
        expectCalls(ReloadTrigger.WATCH, ReloadTrigger.WATCH, ReloadTrigger.WATCH);
    }

    @Test
    void aReplacedProductsFolderIsWatchedAgain() throws IOException {
        start(WatchMode.EVENTS);
        Files.move(root.resolve("products"), root.resolve("old-products"));
        Files.createDirectory(root.resolve("products"));
        expectCalls(ReloadTrigger.WATCH);
        Files.writeString(root.resolve("products/new.yaml"), "id: new\n");
        expectCalls(ReloadTrigger.WATCH, ReloadTrigger.WATCH);
    }

    @Test
    void configMapSwapIsNoticedAndTheNewDataFolderIsWatched() throws IOException {
        toConfigMapLayout();
        start(WatchMode.EVENTS);

        swapConfigMapData("..2026_11_23_12_05_00.2");
        expectCalls(ReloadTrigger.WATCH);

        // products now resolves into the new data folder; a change there is noticed too.
        Files.writeString(root.resolve("products/d.yaml"), "id: d\n");
        expectCalls(ReloadTrigger.WATCH, ReloadTrigger.WATCH);
    }

    @Test
    void pollingNoticesEditsAndConfigMapSwaps() throws IOException {
        toConfigMapLayout();
        start(WatchMode.POLL);

        Files.writeString(root.resolve("products/a.yaml"), "id: a\nname: polled\n");
        expectCalls(ReloadTrigger.POLL);
        swapConfigMapData("..2026_11_23_12_05_00.2");
        expectCalls(ReloadTrigger.POLL, ReloadTrigger.POLL);
    }

    @Test
    void fingerprintChangesWithContentSizeNamesAndLinks() throws IOException {
        List<String> subfolders = List.of("products");
        String before = FolderFingerprint.of(root, subfolders);
        assertThat(FolderFingerprint.of(root, subfolders)).isEqualTo(before);
        Files.writeString(root.resolve("products/a.yaml"), "id: aa\n");
        String edited = FolderFingerprint.of(root, subfolders);
        assertThat(edited).isNotEqualTo(before);
        Files.move(root.resolve("products/a.yaml"), root.resolve("products/b.yaml"));
        String renamed = FolderFingerprint.of(root, subfolders);
        assertThat(renamed).isNotEqualTo(edited);
        Files.delete(root.resolve("products/b.yaml"));
        Files.createSymbolicLink(root.resolve("products/b.yaml"), Path.of("../categories.yaml"));
        assertThat(FolderFingerprint.of(root, subfolders)).isNotEqualTo(renamed);
    }

    /** The loader refuses a products folder linked from elsewhere; changes there must not trigger reloads either. */
    @Test
    void aProductsFolderLinkedFromOutsideIsNotWatched(@TempDir Path elsewhere) throws IOException {
        Files.delete(root.resolve("products/a.yaml"));
        Files.delete(root.resolve("products"));
        Files.createSymbolicLink(root.resolve("products"), elsewhere);
        start(WatchMode.AUTO);

        Files.writeString(elsewhere.resolve("b.yaml"), "id: b\n");
        expectCalls();
    }

    @Test
    void fingerprintIgnoresWhatALinkToOutsideLeadsTo(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("x.yaml"), "id: x\n");
        Files.createSymbolicLink(root.resolve("products/x.yaml"), elsewhere.resolve("x.yaml"));
        List<String> subfolders = List.of("products");
        String before = FolderFingerprint.of(root, subfolders);

        Files.writeString(elsewhere.resolve("x.yaml"), "id: x\nname: changed outside the catalogue\n");
        assertThat(FolderFingerprint.of(root, subfolders)).isEqualTo(before);
    }

    private void toConfigMapLayout() throws IOException {
        Path data = root.resolve("..2026_11_23_12_00_00.1");
        Files.createDirectory(data);
        Files.move(root.resolve("categories.yaml"), data.resolve("categories.yaml"));
        Files.move(root.resolve("products"), data.resolve("products"));
        Files.createSymbolicLink(root.resolve("..data"), data.getFileName());
        Files.createSymbolicLink(root.resolve("categories.yaml"), Path.of("..data/categories.yaml"));
        Files.createSymbolicLink(root.resolve("products"), Path.of("..data/products"));
    }

    /** The kubelet's update: new data folder, temp link, atomic rename over ..data, old folder removed. */
    private void swapConfigMapData(String name) throws IOException {
        Path oldData = root.resolve("..data").toRealPath();
        Path data = root.resolve(name);
        Files.createDirectories(data.resolve("products"));
        Files.writeString(data.resolve("categories.yaml"), "categories: [] # new\n");
        Files.writeString(data.resolve("products/a.yaml"), "id: a\nname: from the new ConfigMap\n");
        Files.createSymbolicLink(root.resolve("..data_tmp"), data.getFileName());
        Files.move(root.resolve("..data_tmp"), root.resolve("..data"), StandardCopyOption.ATOMIC_MOVE);
        try (var old = Files.walk(oldData)) {
            for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
