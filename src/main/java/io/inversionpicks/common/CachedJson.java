package io.inversionpicks.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * A serialised response, kept per catalogue version so the hot path only copies bytes.
 *
 * @param freshUntil the moment a price it shows expires (Instant.MAX if none): no cache may keep it past then
 */
public record CachedJson(byte[] body, String etag, Instant freshUntil) {

    public static CachedJson of(byte[] body) {
        return new CachedJson(body, "\"" + digest(body) + "\"", Instant.MAX);
    }

    /** The same response, showing something that expires at {@code until} (or earlier, if it already did). */
    public CachedJson freshUntil(Instant until) {
        return until.isBefore(freshUntil) ? new CachedJson(body, etag, until) : this;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
