package io.inversionpicks.catalog.load;

import java.io.Reader;

/**
 * A file's text as the YAML parser reads it, asking the {@link LoadControl} at every read: SnakeYAML reads 1,024
 * characters at a time, and a single long scalar is one parser step, so this is the only place a stop request can
 * reach a parse that is under way.
 */
final class CheckedReader extends Reader {

    private final String text;
    private final LoadControl control;
    private int next;

    CheckedReader(String text, LoadControl control) {
        this.text = text;
        this.control = control;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        control.check();
        if (next >= text.length()) {
            return -1;
        }
        int count = Math.min(length, text.length() - next);
        text.getChars(next, next + count, buffer, offset);
        next += count;
        return count;
    }

    @Override
    public void close() {
        // nothing to release: the text is in memory
    }
}
