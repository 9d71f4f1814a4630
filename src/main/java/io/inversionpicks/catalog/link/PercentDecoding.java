package io.inversionpicks.catalog.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads URL text the way the most lenient server on a link's way could: percent-escapes decoded as UTF-8 and
 * {@code +} as a space (form encoding), again and again, because a proxy, a redirect or a framework may each decode
 * once more ({@code %2574ag} is {@code %74ag} after one pass and {@code tag} after two). Malformed escapes stay as
 * they are.
 */
final class PercentDecoding {

    /** More passes than any server chain applies; text still changing after them is refused, not guessed at. */
    static final int MAX_PASSES = 8;

    /** @param complete false when the text would still change with another pass */
    record Decoded(String text, boolean complete) {
    }

    private PercentDecoding() {
    }

    static Decoded fully(String text) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = once(current);
            if (next.equals(current)) {
                return new Decoded(current, true);
            }
            current = next;
        }
        return new Decoded(current, once(current).equals(current));
    }

    static String once(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else if (c == '+') {
                bytes.write(' ');
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** ASCII hex digits only: {@link Character#digit} would also take other scripts' digits, which no server does. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }
}
