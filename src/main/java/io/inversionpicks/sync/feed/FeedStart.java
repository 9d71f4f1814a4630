package io.inversionpicks.sync.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Looks at a feed's first bytes before any parser does, for the two failures parsers explain worst: an empty body,
 * and an HTML page (a network's error or login page) served with status 200 where the feed should be. A CSV parser
 * would read such a page as a feed with odd columns.
 *
 * @param body    the feed from its first byte, byte order mark included (the JSON and XML parsers read it themselves)
 * @param charset the text encoding, from the byte order mark; UTF-8 without one
 * @param bomSize how many bytes the byte order mark takes, for readers that need it skipped
 */
record FeedStart(InputStream body, Charset charset, int bomSize) {

    private static final int PEEK = 512;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    static FeedStart open(InputStream feed, FeedFormat format) {
        BufferedInputStream body = new BufferedInputStream(feed);
        byte[] first;
        try {
            body.mark(PEEK);
            first = body.readNBytes(PEEK);
            body.reset();
        } catch (IOException e) {
            throw FeedErrors.broken(format, e);
        }
        Charset charset = StandardCharsets.UTF_8;
        int bomSize = 0;
        if (startsWith(first, UTF8_BOM)) {
            bomSize = UTF8_BOM.length;
        } else if (startsWith(first, UTF16BE_BOM)) {
            charset = StandardCharsets.UTF_16BE;
            bomSize = UTF16BE_BOM.length;
        } else if (startsWith(first, UTF16LE_BOM)) {
            charset = StandardCharsets.UTF_16LE;
            bomSize = UTF16LE_BOM.length;
        }
        String start = new String(first, bomSize, first.length - bomSize, charset).strip();
        if (start.isEmpty()) {
            throw new FeedException(format, "the feed is empty (" + (first.length == 0 ? "no bytes at all"
                    : "only white space") + "); the download may have failed");
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            throw new FeedException(format, "an HTML page was served instead of the feed (it starts with "
                    + FeedProblem.quoted(firstLine(start)) + "); the feed URL may lead to an error or login page");
        }
        if (format != FeedFormat.XML && start.startsWith("<")) {
            throw new FeedException(format, "the feed is XML or HTML, not " + format.name() + " (it starts with "
                    + FeedProblem.quoted(firstLine(start)) + ")");
        }
        return new FeedStart(body, charset, bomSize);
    }

    /** The body after the byte order mark. */
    InputStream text() throws IOException {
        body.skipNBytes(bomSize);
        return body;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
