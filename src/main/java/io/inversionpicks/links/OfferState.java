package io.inversionpicks.links;

import java.time.Instant;

/**
 * An offer's link health after its latest check.
 *
 * @param since    when {@code status} began (kept while checks agree)
 * @param failures 404s, 410s and redirects away in a row; blocked and unreachable checks neither add nor reset
 * @param hidden   whether readers stop seeing the offer (unless an editor pinned it)
 */
public record OfferState(String url, LinkStatus status, Instant since, int failures, boolean hidden,
                         CheckResult last) {

    /** Hidden after the second failure in a row; back on the first check that passes. */
    public static OfferState next(OfferState previous, String url, CheckResult check) {
        Verdict verdict = check.verdict();
        int before = previous == null ? 0 : previous.failures();
        boolean wasHidden = previous != null && previous.hidden();
        int failures;
        boolean hidden;
        if (verdict.hides()) {
            failures = before + 1;
            hidden = failures >= 2;
        } else if (verdict.passes() || verdict == Verdict.UNKNOWN) {
            failures = 0;
            hidden = false;
        } else {
            // Blocked or unreachable: we learnt nothing about the page, so nothing changes.
            failures = before;
            hidden = wasHidden;
        }
        LinkStatus status = LinkStatus.of(verdict, failures);
        Instant since = previous != null && previous.status() == status ? previous.since() : check.checkedAt();
        return new OfferState(url, status, since, failures, hidden, check);
    }
}
