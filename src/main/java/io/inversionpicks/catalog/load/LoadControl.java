package io.inversionpicks.catalog.load;

/**
 * Lets whoever runs a load stop it: a deadline passed, a newer reload wants to run, or the service is shutting down.
 * The loader asks before each file and every 1,024 characters the YAML parser reads, so a stop takes effect at
 * once, even in the middle of a large file.
 */
@FunctionalInterface
public interface LoadControl {

    /** Never stops: the validation command and tests. */
    LoadControl NONE = () -> {
    };

    /** @throws LoadStoppedException when the load must stop now */
    void check();
}
