package io.inversionpicks.admin;

import io.inversionpicks.web.Roles;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks HTTP Basic credentials against the configured admin account. The comparison takes constant time, and a
 * failure says nothing about which half was wrong.
 */
@ApplicationScoped
public class AdminIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(AdminIdentityProvider.class);

    private final AdminConfig config;

    public AdminIdentityProvider(AdminConfig config) {
        this.config = config;
    }

    void warnIfLocked(@Observes StartupEvent event) {
        if (config.password().filter(p -> !p.isBlank()).isEmpty()) {
            LOG.warn("Admin endpoints (/admin/...) are locked: no admin password is configured. "
                    + "Set ADMIN_PASSWORD (and optionally ADMIN_USERNAME, default 'admin') to enable them.");
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String expected = config.password().filter(p -> !p.isBlank()).orElse(null);
        boolean userMatches = constantTimeEquals(request.getUsername(), config.username());
        boolean passwordMatches = expected != null
                && constantTimeEquals(new String(request.getPassword().getPassword()), expected);
        if (!(userMatches && passwordMatches)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(config.username())).addRole(Roles.ADMIN).build());
    }

    private static boolean constantTimeEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
