package io.inversionpicks.sync.feed;

/** One record's fields as the feed wrote them, whatever the format. */
@FunctionalInterface
interface FieldValues {

    /** The value of the named field as written, or null when the record has no such field. */
    String text(String field);
}
