package io.inversionpicks.catalog.model;

/** How a retailer's links carry our affiliate tag: {@code ?<tagParameter>=<tagValue>}. */
public record AffiliateProgramme(String id, String name, String tagParameter, String tagValue) {
}
