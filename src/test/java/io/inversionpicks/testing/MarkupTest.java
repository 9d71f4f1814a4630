package io.inversionpicks.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The health tests rely on this to see that no product card is on a page: it must find every card, and only cards. */
class MarkupTest {

    @Test
    void findsAClassAmongOthersButNotItsNameInAStylesheetOrALongerClass() {
        assertThat(Markup.hasClass("<li class=\"ip-card\">", "ip-card")).isTrue();
        assertThat(Markup.hasClass("<li class=\"ip-best ip-card wide\">", "ip-card")).isTrue();
        assertThat(Markup.hasClass("<ul class=\"ip-cards\">", "ip-card")).isFalse();
        assertThat(Markup.hasClass("<style>.ip-card { margin: 0 }</style>", "ip-card")).isFalse();
        assertThat(Markup.hasClass("<p class=\"x-ip-card\">", "ip-card")).isFalse();
    }
}
