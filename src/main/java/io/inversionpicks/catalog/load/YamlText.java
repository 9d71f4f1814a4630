package io.inversionpicks.catalog.load;

import org.yaml.snakeyaml.reader.StreamReader;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A catalogue file's bytes checked as text before any YAML parsing, in one linear pass: strictly UTF-8, no control
 * or invisible characters, no line longer than the limit. The parser never sees a file that fails, so it can
 * neither guess (a Latin-1 'é' becoming U+FFFD) nor spend long on it.
 * <p>
 * Encoding: catalogue files are UTF-8 only. A UTF-8 byte-order mark at the very start is accepted and dropped
 * (YAML allows it, and some Windows editors write it); UTF-16 and UTF-32 files are rejected with a hint to save
 * them as UTF-8. Line breaks are LF, CRLF or CR, counted as YAML counts them; U+0085, U+2028 and U+2029, which YAML
 * also takes for line breaks but most editors do not show as such, are rejected so that line numbers agree.
 *
 * @param text       the decoded text without a leading byte-order mark; null when there are problems
 * @param lineStarts index in {@code text} where each line starts (line n starts at {@code lineStarts[n - 1]})
 */
record YamlText(String text, int[] lineStarts, List<CatalogueProblem> problems) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int MAX_REPORTED = 10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static YamlText check(String file, byte[] content, FileLimits limits) {
        Problems problems = new Problems(file);
        String wideEncoding = wideEncoding(content);
        if (wideEncoding != null) {
            return notText(file, "not UTF-8: the file is " + wideEncoding + " text; save it as UTF-8");
        }
        List<InvalidRun> invalidRuns = new ArrayList<>();
        String text = decode(content, invalidRuns);
        int start = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        List<Integer> lineStarts = new ArrayList<>();
        lineStarts.add(0);
        int nextInvalid = 0;
        int line = 1;
        int lineStart = start;
        int column = 0;
        boolean lineTooLong = false;
        int nulCount = 0;
        for (int i = start; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            column++;
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    width = 2;
                }
                line++;
                column = 0;
                lineTooLong = false;
                lineStart = i + width;
                lineStarts.add(lineStart - start);
            } else if (nextInvalid < invalidRuns.size() && invalidRuns.get(nextInvalid).textIndex() == i) {
                problems.add(line, column, notUtf8(content, invalidRuns.get(nextInvalid)));
                nextInvalid++;
            } else if (c == 0) {
                nulCount++;
                problems.add(line, column, "a NUL character (byte 0x00); delete it, or save the file as plain "
                        + "UTF-8 text if it was saved in another encoding");
            } else if (c == BYTE_ORDER_MARK) {
                problems.add(line, column, "an invisible byte-order mark (U+FEFF) in the text, often pasted along "
                        + "with it; delete it");
            } else if (c == 0x85 || c == 0x2028 || c == 0x2029) {
                problems.add(line, column, String.format("an unusual line separator (U+%04X), which YAML counts as a "
                        + "line break but most editors do not show; replace it with a normal line break or a space", c));
            } else if (!StreamReader.isPrintable(c)) {
                problems.add(line, column, String.format("the control character U+%04X is not allowed in catalogue "
                        + "files; delete it", c));
            }
            if (column > limits.maxLineLength() && !lineTooLong) {
                lineTooLong = true;
                problems.add(line, column, "the line is longer than the limit of " + limits.maxLineLength()
                        + " characters (catalog.limits.max-line-length); break the text over several lines: YAML "
                        + "joins the lines of a plain or quoted text with spaces");
            }
            i += width;
        }
        if (nulCount > content.length / 4) {
            return notText(file, "not UTF-8: the file is full of NUL bytes, as UTF-16 text without a byte-order mark "
                    + "is; save it as UTF-8");
        }
        if (!problems.list.isEmpty()) {
            return new YamlText(null, new int[0], problems.finish());
        }
        return new YamlText(text.substring(start), lineStarts.stream().mapToInt(Integer::intValue).toArray(),
                List.of());
    }

    private static YamlText notText(String file, String message) {
        return new YamlText(null, new int[0], List.of(CatalogueProblem.wholeFile(file, message)));
    }

    /** Line {@code number} (1-based) without its line break. */
    String line(int number) {
        int start = lineStarts[number - 1];
        int end = number < lineStarts.length ? lineStarts[number] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** UTF-16 or UTF-32, told by a byte-order mark; null for anything else. */
    private static String wideEncoding(byte[] content) {
        if (startsWith(content, 0x00, 0x00, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes that are not UTF-8: {@code content[from, to)}, shown as one U+FFFD at {@code textIndex}. */
    private record InvalidRun(int textIndex, int from, int to) {
    }

    /** Strict UTF-8: each run of bytes that are not UTF-8 becomes one U+FFFD in the result and one invalid run. */
    private static String decode(byte[] content, List<InvalidRun> invalidRuns) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                return out.flip().toString();
            }
            int from = in.position();
            int to = from + result.length();
            InvalidRun last = invalidRuns.isEmpty() ? null : invalidRuns.get(invalidRuns.size() - 1);
            if (last != null && last.to() == from) {
                invalidRuns.set(invalidRuns.size() - 1, new InvalidRun(last.textIndex(), last.from(), to));
            } else {
                invalidRuns.add(new InvalidRun(out.position(), from, to));
                out.put('\uFFFD');
            }
            in.position(to);
        }
    }

    private static String notUtf8(byte[] content, InvalidRun run) {
        HexFormat hex = HexFormat.of().withUpperCase();
        int shown = Math.min(run.to() - run.from(), 4);
        StringBuilder bytes = new StringBuilder();
        for (int i = run.from(); i < run.from() + shown; i++) {
            bytes.append(bytes.isEmpty() ? "" : " ").append("0x").append(hex.toHexDigits(content[i]));
        }
        if (run.to() - run.from() > shown) {
            bytes.append(" ...");
        }
        String hint = "";
        if (run.to() - run.from() == 1) {
            String guess = new String(content, run.from(), 1, WINDOWS_1252);
            if (!guess.equals("\uFFFD") && !Character.isISOControl(guess.charAt(0))) {
                hint = " (in Latin-1 or Windows-1252 it would be '" + guess + "')";
            }
        }
        return "not UTF-8: " + (run.to() - run.from() == 1 ? "byte " + bytes + " is" : "bytes " + bytes + " are")
                + " not valid UTF-8" + hint + "; save the file as UTF-8";
    }

    /** Problems of one file, at most {@value #MAX_REPORTED} listed: a binary file would otherwise give thousands. */
    private static final class Problems {
        private final String file;
        private final List<CatalogueProblem> list = new ArrayList<>();
        private int more;

        Problems(String file) {
            this.file = file;
        }

        void add(int line, int column, String message) {
            if (list.size() < MAX_REPORTED) {
                list.add(CatalogueProblem.at(new SourcePosition(line, column), file, "", message));
            } else {
                more++;
            }
        }

        List<CatalogueProblem> finish() {
            if (more > 0) {
                CatalogueProblem last = list.get(list.size() - 1);
                list.set(list.size() - 1, new CatalogueProblem(last.file(), last.line(), last.column(), last.field(),
                        last.message() + "; and " + more + " more problem(s) like these further on"));
            }
            return list;
        }
    }
}
