package io.inversionpicks.widget;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateGlobal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The widget's one stylesheet, {@code widget.css}, as the pages and the script carry it inside them. The iframe pages
 * put it in a {@code <style>} element rather than a {@code <link>}: a linked stylesheet let Chromium lay the page out
 * once without it on a cold visit (default body margin, unstyled cards), a layout shift inside the iframe that Chrome's
 * field CLS counts against the blog, and it cost a request. The Content-Security-Policy allows that one element by
 * its hash ({@link #cspHash()}), not inline style in general. The file is still served as it is, for blogs that link
 * it.
 */
public final class WidgetStylesheet {

    static final String RESOURCE = "META-INF/resources/widget/assets/widget.css";
    private static final String CSS = read();
    private static final String HASH = "'sha256-" + Base64.getEncoder().encodeToString(sha256(CSS)) + "'";

    private WidgetStylesheet() {
    }

    /** The stylesheet's text, for a {@code <style>} element in the pages (our own file: nothing to escape). */
    @TemplateGlobal
    static RawString widgetCss() {
        return new RawString(CSS);
    }

    /** The stylesheet's text. */
    public static String css() {
        return CSS;
    }

    /** The CSP source that allows exactly this stylesheet inline: {@code 'sha256-…'}. */
    public static String cspHash() {
        return HASH;
    }

    private static String read() {
        try (InputStream in = WidgetStylesheet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
