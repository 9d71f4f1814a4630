package io.inversionpicks.catalog.model;

public record Category(String id, String name, String description) {
}
