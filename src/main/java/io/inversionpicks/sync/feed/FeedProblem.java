package io.inversionpicks.sync.feed;

/**
 * Why one record of a feed was skipped.
 *
 * @param record  the record's number: the data row (1 is the row after the header) in CSV and TSV, the item's
 *                position (from 1) in XML and JSON
 * @param field   the feed's field (column, element or property name) that is wrong
 * @param message what is wrong, in words an operator can act on, starting with the field:
 *                {@code "price: 'abc' is not a price"}
 */
public record FeedProblem(long record, String field, String message) {

    /** Longer values are cut in messages: a broken row can hold a whole HTML page in one field. */
    static final int QUOTED_LENGTH = 60;

    static FeedProblem of(long record, String field, String problem) {
        return new FeedProblem(record, field, field + ": " + problem);
    }

    /** The value as written, in quotes, cut to a readable length. */
    static String quoted(String value) {
        String shown = value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "...";
        return "'" + shown + "'";
    }

    @Override
    public String toString() {
        return "record " + record + ", " + message;
    }
}
