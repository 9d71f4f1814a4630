package io.inversionpicks.catalog.watch;

import io.inversionpicks.catalog.ReloadTrigger;
import io.inversionpicks.catalog.load.FolderBoundary;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Notices changes in a catalogue folder and calls back once per burst of changes. Plain Java (no CDI), so it can
 * be tested on its own.
 * <p>
 * Events: the JDK {@link WatchService} watches the folder itself and its sub-folders (resolved through symlinks).
 * Watching the folder itself is what catches a Kubernetes ConfigMap update, which swaps the {@code ..data}
 * symlink: that shows up as events on {@code ..data} and {@code ..2026_...} entries. After every event the
 * watched folders are resolved again, because a sub-folder may have been replaced or now lives in a new ConfigMap
 * data directory. Events only say "look again": the reload always reads the whole folder.
 * <p>
 * Polling: compares a {@link FolderFingerprint} every poll interval, for mounts that deliver no events (NFS, some
 * container volume drivers).
 */
public final class FolderWatch implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FolderWatch.class);
    /** A folder that never stops changing still gets reloaded this many quiet periods after the first change. */
    private static final int MAX_DELAY_IN_QUIET_PERIODS = 20;

    private final Path folder;
    private final List<String> subfolders;
    private final WatchMode mode;
    private final Duration pollInterval;
    private final Consumer<ReloadTrigger> onChange;
    private final ScheduledExecutorService executor;
    private final Debouncer debouncer;
    private final Map<Directory, WatchKey> watched = new HashMap<>();
    private volatile ReloadTrigger pendingTrigger = ReloadTrigger.WATCH;
    private volatile String lastFingerprint;
    private WatchService watchService;
    private Thread eventThread;

    /**
     * @param subfolders folders inside {@code folder} to watch too (e.g. {@code products})
     * @param onChange   called on a single background thread, never twice at once
     */
    public FolderWatch(Path folder, List<String> subfolders, WatchMode mode, Duration debounce, Duration pollInterval,
                       Consumer<ReloadTrigger> onChange) {
        this.folder = folder.toAbsolutePath();
        this.subfolders = List.copyOf(subfolders);
        this.mode = mode;
        this.pollInterval = pollInterval;
        this.onChange = onChange;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "catalogue-reload");
            thread.setDaemon(true);
            return thread;
        });
        this.debouncer = new Debouncer(executor, debounce, debounce.multipliedBy(MAX_DELAY_IN_QUIET_PERIODS),
                this::changed);
    }

    /** Starts watching; changes from now on are reported. Returns the ways that are actually in use. */
    public synchronized Set<String> start() {
        Set<String> active = new LinkedHashSet<>();
        lastFingerprint = fingerprint();
        if (mode.events() && startEvents()) {
            active.add("events");
        }
        boolean pollAsFallback = mode == WatchMode.EVENTS && active.isEmpty();
        if (mode.polls() || pollAsFallback) {
            long millis = Math.max(1, pollInterval.toMillis());
            executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
            active.add("poll");
        }
        return active;
    }

    private boolean startEvents() {
        try {
            watchService = folder.getFileSystem().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warnf("No file-system events for %s (%s); falling back to polling every %s", folder, e, pollInterval);
            return false;
        }
        registerFolders();
        eventThread = new Thread(this::takeEvents, "catalogue-watch");
        eventThread.setDaemon(true);
        eventThread.start();
        return true;
    }

    private void takeEvents() {
        while (true) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
            // Which file changed doesn't matter (the reload reads everything); the names help when debugging.
            if (LOG.isDebugEnabled()) {
                key.pollEvents().forEach(e -> LOG.debugf("%s %s in %s", e.kind(), e.context(), key.watchable()));
            } else {
                key.pollEvents();
            }
            key.reset();
            registerFolders();
            pendingTrigger = ReloadTrigger.WATCH;
            debouncer.signal();
        }
    }

    /**
     * Watches the folder and its sub-folders as they are now, dropping folders that were replaced or removed. A
     * folder is known by its path and its inode: one deleted and created again under the same name is new.
     */
    private synchronized void registerFolders() {
        if (watchService == null) {
            return;
        }
        Set<Directory> wanted = new LinkedHashSet<>();
        Optional<FolderBoundary> boundary = FolderBoundary.of(folder);
        boundary.flatMap(inside -> Directory.of(inside, folder)).ifPresent(wanted::add);
        for (String sub : subfolders) {
            boundary.flatMap(inside -> Directory.of(inside, folder.resolve(sub))).ifPresent(wanted::add);
        }
        watched.entrySet().removeIf(entry -> {
            boolean stale = !wanted.contains(entry.getKey()) || !entry.getValue().isValid();
            if (stale) {
                entry.getValue().cancel();
            }
            return stale;
        });
        for (Directory directory : wanted) {
            if (!watched.containsKey(directory)) {
                try {
                    watched.put(directory, directory.path().register(watchService,
                            StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                            StandardWatchEventKinds.ENTRY_MODIFY));
                } catch (IOException | ClosedWatchServiceException e) {
                    LOG.debugf("Cannot watch %s yet: %s", directory.path(), e);
                }
            }
        }
    }

    /**
     * A directory by real path and file key (inode), as the watch saw it. Only directories inside the catalogue
     * folder are watched: a sub-folder that is a link to elsewhere (the loader refuses it) must not make every change
     * there, say in /var/log, trigger a reload.
     */
    private record Directory(Path path, Object fileKey) {

        static Optional<Directory> of(FolderBoundary boundary, Path path) {
            Optional<Path> inside = boundary.inside(path);
            if (inside.isEmpty()) {
                return Optional.empty();
            }
            try {
                Path real = inside.get();
                BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
                return attributes.isDirectory() ? Optional.of(new Directory(real, attributes.fileKey()))
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // missing, or removed while we looked: the next event resolves it again
            }
        }
    }

    private void poll() {
        String now = fingerprint();
        if (!now.equals(lastFingerprint)) {
            lastFingerprint = now;
            pendingTrigger = ReloadTrigger.POLL;
            debouncer.signal();
        }
    }

    /** Runs on the executor thread after a quiet period; records what it is about to read, for the next poll. */
    private void changed() {
        lastFingerprint = fingerprint();
        registerFolders();
        onChange.accept(pendingTrigger);
    }

    private String fingerprint() {
        return FolderFingerprint.of(folder, subfolders);
    }

    @Override
    public synchronized void close() {
        executor.shutdownNow();
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("Closing the watch service failed", e);
            }
        }
        if (eventThread != null) {
            eventThread.interrupt();
        }
    }
}
