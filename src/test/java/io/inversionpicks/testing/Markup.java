package io.inversionpicks.testing;

import java.util.regex.Pattern;

/** Questions tests ask of a rendered page's markup, answered the same way everywhere. */
public final class Markup {

    private Markup() {
    }

    /**
     * Whether an element of the page has {@code cls} among its classes ({@code class="ip-card"} and
     * {@code class="ip-card ip-best"}, not {@code class="ip-cards"}). The pages carry their stylesheet inline, so
     * the bare name is always in them ({@code .ip-card {...}}) and says nothing about the markup.
     */
    public static boolean hasClass(String html, String cls) {
        return Pattern.compile("class=\"(?:[^\"]*\\s)?" + Pattern.quote(cls) + "(?:\\s[^\"]*)?\"").matcher(html).find();
    }
}
