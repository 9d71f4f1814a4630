package io.inversionpicks.sync.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Numbers the records as a reader meets them, hands good rows on and counts and keeps problems for the report. */
final class FeedTally {

    private final FeedFormat format;
    private final FeedRows rows;
    private final Consumer<? super FeedRow> consumer;
    private final List<FeedProblem> problems = new ArrayList<>();
    private long read;
    private long accepted;
    private long bad;

    FeedTally(FeedFormat format, FeedRows rows, Consumer<? super FeedRow> consumer) {
        this.format = format;
        this.rows = rows;
        this.consumer = consumer;
    }

    /** The next record, with the fields it has. */
    void record(FieldValues values) {
        FeedRows.Parsed parsed = rows.parse(++read, values);
        if (parsed.row() != null) {
            accepted++;
            consumer.accept(parsed.row());
        } else {
            bad++;
            parsed.problems().forEach(this::keep);
        }
    }

    /** The next record, which cannot even be taken apart into fields. */
    void unreadable(String field, String problem) {
        bad++;
        keep(FeedProblem.of(++read, field, problem));
    }

    FeedReport report() {
        return new FeedReport(format, read, accepted, bad, problems);
    }

    private void keep(FeedProblem problem) {
        if (problems.size() < FeedReader.PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }
}
