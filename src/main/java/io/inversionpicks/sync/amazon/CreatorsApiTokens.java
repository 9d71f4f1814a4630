package io.inversionpicks.sync.amazon;

import io.inversionpicks.sync.SyncConfig;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientConfigBuilder;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.OidcClientConfig;
import io.quarkus.oidc.common.runtime.config.OidcClientCommonConfig.Credentials.Secret.Method;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Access tokens for the Creators API: OAuth2 client credentials, through Quarkus' OIDC client, against the token
 * endpoint of the credential version (2.x Cognito, 3.x Login with Amazon) or {@code sync.amazon.token-url}. A token is
 * reused until shortly before it expires, and dropped when Amazon refuses it, so the next call gets a new one.
 */
@ApplicationScoped
public class CreatorsApiTokens {

    /** Token endpoints per credential version, as in Amazon's SDK ({@code OAuth2Config}). */
    static final Map<String, String> ENDPOINTS = Map.of(
            "2.1", "https://creatorsapi.auth.us-east-1.amazoncognito.com/oauth2/token",
            "2.2", "https://creatorsapi.auth.eu-south-2.amazoncognito.com/oauth2/token",
            "2.3", "https://creatorsapi.auth.us-west-2.amazoncognito.com/oauth2/token",
            "3.1", "https://api.amazon.com/auth/o2/token",
            "3.2", "https://api.amazon.co.uk/auth/o2/token",
            "3.3", "https://api.amazon.co.jp/auth/o2/token");
    /** A token this close to its expiry is not used: a call started with it could arrive after it. */
    private static final Duration EARLY = Duration.ofSeconds(30);
    /** When the token endpoint leaves out {@code expires_in}, as the SDK assumes. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final OidcClients clients;
    private final SyncConfig.Amazon config;
    private OidcClient client;
    private Tokens tokens;

    public CreatorsApiTokens(OidcClients clients, SyncConfig sync) {
        this.clients = clients;
        this.config = sync.amazon();
    }

    /** A valid access token, fetched only when there is none or it is about to expire. */
    public synchronized String accessToken() {
        if (tokens == null || expiresSoon(tokens)) {
            tokens = await(client().getTokens());
        }
        return tokens.getAccessToken();
    }

    /** Amazon refused the token (401): the next {@link #accessToken()} fetches a new one. */
    public synchronized void discard() {
        tokens = null;
    }

    /** The token endpoint of a credential version; an unknown version is a configuration error. */
    static String endpoint(String version) {
        String endpoint = ENDPOINTS.get(version);
        if (endpoint == null) {
            throw new CreatorsApiException("sync.amazon.credential-version '" + version + "' is not one Amazon "
                    + "issues; use one of " + String.join(", ", ENDPOINTS.keySet().stream().sorted().toList()));
        }
        return endpoint;
    }

    /** Version 2.x credentials are Cognito's, 3.x are Login with Amazon's, and each spells the scope its own way. */
    static String scope(String version) {
        return version.startsWith("3.") ? "creatorsapi::default" : "creatorsapi/default";
    }

    private OidcClient client() {
        if (client == null) {
            String version = config.credentialVersion().orElseThrow();
            String tokenUrl = config.tokenUrl().orElseGet(() -> endpoint(version));
            URI token = URI.create(tokenUrl);
            OidcClientConfig oidc = new OidcClientConfigBuilder()
                    .id("amazon-creators-api")
                    .authServerUrl(token.getScheme() + "://" + token.getRawAuthority())
                    .discoveryEnabled(false)
                    .tokenPath(tokenUrl)
                    .clientId(config.credentialId().orElseThrow())
                    .credentials().clientSecret(config.credentialSecret().orElseThrow(), Method.POST).end()
                    .grant(OidcClientConfig.Grant.Type.CLIENT)
                    .scopes(scope(version))
                    .accessTokenExpiresIn(DEFAULT_LIFETIME)
                    .build();
            client = await(clients.newClient(oidc));
        }
        return client;
    }

    private <T> T await(Uni<T> pending) {
        try {
            return pending.await().atMost(config.requestTimeout());
        } catch (RuntimeException e) {
            throw new CreatorsApiException("no access token from the Creators API token endpoint: " + e.getMessage(),
                    e);
        }
    }

    private static boolean expiresSoon(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt != null && Instant.ofEpochSecond(expiresAt).minus(EARLY).isBefore(Instant.now());
    }
}
