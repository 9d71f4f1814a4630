package io.inversionpicks.links;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a link's checks hide its offer and when they bring it back. */
class OfferStateTest {

    private static final String URL = "https://www.walmart.com/ip/x/12345";
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static OfferState after(Verdict... verdicts) {
        OfferState state = null;
        for (int i = 0; i < verdicts.length; i++) {
            state = OfferState.next(state, URL, new CheckResult(verdicts[i], null, URL, "", T0.plusSeconds(i)));
        }
        return state;
    }

    @Test
    void oneNotFoundIsFailingTwoAreBroken() {
        assertThat(after(Verdict.NOT_FOUND)).extracting(OfferState::status, OfferState::hidden)
                .containsExactly(LinkStatus.FAILING, false);
        OfferState broken = after(Verdict.NOT_FOUND, Verdict.NOT_FOUND);
        assertThat(broken).extracting(OfferState::status, OfferState::hidden, OfferState::failures)
                .containsExactly(LinkStatus.BROKEN, true, 2);
        assertThat(broken.since()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aPassingCheckBringsItBack() {
        assertThat(after(Verdict.NOT_FOUND, Verdict.NOT_FOUND, Verdict.OK))
                .extracting(OfferState::status, OfferState::hidden, OfferState::failures)
                .containsExactly(LinkStatus.OK, false, 0);
        assertThat(after(Verdict.REDIRECTED_AWAY, Verdict.REDIRECTED_AWAY, Verdict.OUT_OF_STOCK).hidden()).isFalse();
    }

    @Test
    void redirectedAwayTwiceHides() {
        assertThat(after(Verdict.REDIRECTED_AWAY).hidden()).isFalse();
        assertThat(after(Verdict.REDIRECTED_AWAY, Verdict.NOT_FOUND).hidden()).isTrue();
        assertThat(after(Verdict.REDIRECTED_AWAY, Verdict.REDIRECTED_AWAY).status())
                .isEqualTo(LinkStatus.REDIRECTED_AWAY);
    }

    @Test
    void blockedAndUnreachableNeverHideNorRestore() {
        for (List<Verdict> verdicts : List.of(List.of(Verdict.BLOCKED, Verdict.BLOCKED, Verdict.BLOCKED),
                List.of(Verdict.UNREACHABLE, Verdict.UNREACHABLE), List.of(Verdict.NOT_FOUND, Verdict.BLOCKED),
                List.of(Verdict.OK, Verdict.UNREACHABLE, Verdict.NOT_FOUND))) {
            assertThat(after(verdicts.toArray(Verdict[]::new)).hidden()).as(verdicts.toString()).isFalse();
        }
        // A 403 between two 404s neither resets the count nor counts: the second 404 hides.
        assertThat(after(Verdict.NOT_FOUND, Verdict.BLOCKED, Verdict.NOT_FOUND).hidden()).isTrue();
        // A hidden offer stays hidden while the site refuses robots.
        assertThat(after(Verdict.NOT_FOUND, Verdict.NOT_FOUND, Verdict.BLOCKED).hidden()).isTrue();
    }

    @Test
    void sinceIsKeptWhileTheStatusHolds() {
        OfferState state = after(Verdict.OK, Verdict.OK, Verdict.OK);
        assertThat(state.since()).isEqualTo(T0);
        assertThat(state.last().checkedAt()).isEqualTo(T0.plusSeconds(2));
    }
}
