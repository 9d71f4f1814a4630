package io.inversionpicks.sync.feed;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A feed of any size, written as it is read: a header, then one record at a time, then a footer. It never holds more
 * than one record, and counts the bytes it has handed out, so a test can tell how much of a feed a reader had taken
 * when it produced its first row.
 */
final class GeneratedFeed extends InputStream {

    private final String header;
    private final LongFunction<String> record;
    private final long records;
    private final String footer;
    private byte[] chunk;
    private int position;
    private long written = -1; // -1: header not yet out; records + 1: footer out
    private long produced;

    /** @param record the text of record 1 to {@code records} */
    GeneratedFeed(String header, LongFunction<String> record, long records, String footer) {
        this.header = header;
        this.record = record;
        this.records = records;
        this.footer = footer;
        this.chunk = new byte[0];
    }

    /** Bytes handed out so far. */
    long produced() {
        return produced;
    }

    @Override
    public int read() {
        if (!ensureChunk()) {
            return -1;
        }
        produced++;
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!ensureChunk()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, count);
        position += count;
        produced += count;
        return count;
    }

    private boolean ensureChunk() {
        while (position == chunk.length) {
            if (written > records) {
                return false;
            }
            written++;
            String text = written == 0 ? header : written <= records ? record.apply(written) : footer;
            chunk = text.getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }
}
