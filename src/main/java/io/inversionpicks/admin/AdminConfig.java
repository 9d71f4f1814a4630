package io.inversionpicks.admin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Credentials for everything under /admin. There is deliberately no default password outside dev and test. */
@ConfigMapping(prefix = "admin")
public interface AdminConfig {

    /** env ADMIN_USERNAME */
    @WithDefault("admin")
    String username();

    /** env ADMIN_PASSWORD; when unset, /admin refuses every request. */
    Optional<String> password();
}
