package io.inversionpicks.web;

/** The roles endpoints may require; granted by {@code admin.AdminIdentityProvider}. */
public final class Roles {

    /** Editors and operators: the click statistics and the catalogue administration. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
