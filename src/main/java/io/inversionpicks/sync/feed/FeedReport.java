package io.inversionpicks.sync.feed;

import java.util.List;

/**
 * What reading a feed found: {@code rowsRead = rowsAccepted + badRows}.
 *
 * @param problems the first {@link FeedReader#PROBLEMS_KEPT} problems, in feed order; a bad row has at least one
 */
public record FeedReport(FeedFormat format, long rowsRead, long rowsAccepted, long badRows,
                         List<FeedProblem> problems) {

    public FeedReport {
        problems = List.copyOf(problems);
    }
}
