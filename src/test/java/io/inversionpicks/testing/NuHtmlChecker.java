package io.inversionpicks.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Nu HTML Checker (nu.validator:validator, the checker behind validator.w3.org/nu), run in this JVM on an
 * HTML document: the errors it reports, each as "line:column message". Warnings and info messages are left out.
 * The schema is read once; checks run one at a time.
 */
public final class NuHtmlChecker {

    /** The schema the checker's command line uses for HTML: HTML with SVG, MathML and ARIA. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /**
     * What the checker's CSS validator (an older CSS profile) reports of valid CSS in the pages' inline stylesheet:
     * container queries (CSS Containment Level 3, in every current browser since 2023), which the widget's cards use
     * to lay out by the width they get, not the screen's, and {@code scrollbar-gutter} (CSS Overflow Level 3, in
     * every current browser since 2024), which keeps that width still in the iframe pages.
     */
    private static final List<String> CSS_NEWER_THAN_THE_CHECKER = List.of(
            "CSS: \u201Ccontainer-type\u201D: Property \u201Ccontainer-type\u201D doesn't exist",
            "CSS: Unrecognized at-rule \u201C@container\u201D",
            "CSS: \u201Cscrollbar-gutter\u201D: Property \u201Cscrollbar-gutter\u201D doesn't exist");

    /**
     * What the checker says of {@code <link rel="expect" blocking="render">}, which the HTML standard allows (the
     * blocking attribute belongs to the link types stylesheet and expect; Chromium implements it since 124): the
     * checker still knows only stylesheet. Forgiven only on a line that holds such a link.
     */
    private static final String BLOCKING_NEWER_THAN_THE_CHECKER =
            "A \u201Clink\u201D element with a \u201Cblocking\u201D attribute must have a \u201Crel\u201D attribute";
    private static final String EXPECT_LINK = "<link rel=\"expect\"";

    private final List<String> errors = new ArrayList<>();
    private String[] lines = {};
    private final SimpleDocumentValidator validator;

    public NuHtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings and info messages are advice, not errors
            }

            @Override
            public void error(SAXParseException e) {
                if (CSS_NEWER_THAN_THE_CHECKER.stream().anyMatch(known -> e.getMessage().startsWith(known))
                        || e.getMessage().startsWith(BLOCKING_NEWER_THAN_THE_CHECKER) && onAnExpectLink(e)) {
                    return;
                }
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(HTML_SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker", e);
        }
    }

    private boolean onAnExpectLink(SAXParseException e) {
        int line = e.getLineNumber() - 1;
        return line >= 0 && line < lines.length && lines[line].contains(EXPECT_LINK);
    }

    /** Every error in {@code html}; empty when the document is valid. */
    public synchronized List<String> errors(String name, String html) {
        errors.clear();
        lines = html.split("\n", -1);
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding(StandardCharsets.UTF_8.name());
        source.setSystemId(name);
        try {
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            errors.add("the checker stopped: " + e);
        }
        return List.copyOf(errors);
    }
}
