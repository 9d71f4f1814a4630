package io.inversionpicks.widget;

/**
 * Blog pages for the browser tests, with CSS that tries its worst on everything it can reach, so the tests show
 * the widget is unaffected.
 */
final class HostileBlog {

    static final String HOSTILE_CSS = """
            * { color: red !important; font-size: 40px; font-family: "Comic Sans MS", cursive; line-height: 3;
                letter-spacing: 2px; }
            a { text-transform: uppercase; }
            li { list-style: square; margin: 30px; }
            h3, p { display: none; }
            """;

    private HostileBlog() {
    }

    /** A blog post with the given embed snippet between two paragraphs of the blogger's own text. */
    static String post(String snippet) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>My inversion table journey</title><link rel="icon" href="data:,">
                <style>%s</style></head>
                <body><main>
                <h1>My inversion table journey</h1>
                <div>Here is what I would buy today.</div>
                %s
                <div>Thanks for reading.</div>
                </main></body>
                </html>
                """.formatted(HOSTILE_CSS, snippet);
    }
}
