package io.inversionpicks.common;

import java.time.Instant;

/**
 * One published state of the catalogue, which read answers are computed from. It is replaced, never changed, so an
 * answer computed from it may be kept for as long as it is current, but never past {@link #validUntil()}.
 */
public interface Published {

    /** The moment the first price it shows expires (Instant.MAX if it shows none). */
    Instant validUntil();

    /** Where the state readers are answered from right now comes from; the HTTP side asks it for every request. */
    interface Source {

        /** The state to answer from now, judged as for any reader (expired prices re-rendered); null before any. */
        Published published();
    }
}
