package io.inversionpicks.catalog.watch;

/** How the service notices edits to the catalogue folder ({@code catalog.watch.mode}). */
public enum WatchMode {
    /** File-system events, plus a cheap periodic check as a safety net for mounts that send no events. */
    AUTO,
    /** File-system events only (inotify on Linux). */
    EVENTS,
    /** Only the periodic check of file names, sizes and modification times (NFS, some container mounts). */
    POLL,
    /** No automatic reload; use {@code POST /admin/catalog/reload}. */
    OFF;

    boolean events() {
        return this == AUTO || this == EVENTS;
    }

    boolean polls() {
        return this == AUTO || this == POLL;
    }
}
